import {
  ActionDialog,
  Button,
  Card,
  ConfirmDialog,
  Dialog,
  FormDialog,
  IconMail,
  IconMore,
  IconPhone,
  Menu,
  MenuItem,
  showToast,
  TextField,
} from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { Specimen } from "./specimen.tsx";

/** The kit's dialogs, menu and toast, each opened by a button. */
export function KitDialogs(): JSX.Element {
  const i18n = useT();
  const [open, setOpen] = createSignal<"dialog" | "confirm" | "form" | null>(null);
  const [title, setTitle] = createSignal("");
  const openChange = (which: "dialog" | "confirm" | "form") => (isOpen: boolean) =>
    setOpen(isOpen ? which : null);
  const toast = () => showToast({ title: i18n.t("kit.demo.toastText"), tone: "success" });
  return (
    <Card title={i18n.t("kit.sections.dialogs")}>
      <div class="kit-grid">
        <Specimen name="Dialog">
          <Button variant="secondary" onClick={() => setOpen("dialog")}>
            {i18n.t("kit.demo.openDialog")}
          </Button>
          <Dialog
            open={open() === "dialog"}
            onOpenChange={openChange("dialog")}
            title={i18n.t("kit.demo.openDialog")}
          >
            <p>{i18n.t("kit.demo.dialogText")}</p>
          </Dialog>
        </Specimen>
        <Specimen name="ConfirmDialog">
          <Button variant="danger" onClick={() => setOpen("confirm")}>
            {i18n.t("kit.demo.openConfirm")}
          </Button>
          <ConfirmDialog
            open={open() === "confirm"}
            onOpenChange={openChange("confirm")}
            title={i18n.t("kit.demo.confirmTitle")}
            description={i18n.t("kit.demo.confirmText")}
            confirmLabel={i18n.t("kit.demo.danger")}
            tone="danger"
            onConfirm={() => setOpen(null)}
          />
        </Specimen>
        <Specimen name="FormDialog">
          <Button variant="secondary" onClick={() => setOpen("form")}>
            {i18n.t("kit.demo.openForm")}
          </Button>
          <FormDialog
            open={open() === "form"}
            onOpenChange={openChange("form")}
            title={i18n.t("kit.demo.formTitle")}
            submitLabel={i18n.t("kit.demo.primary")}
            onSubmit={() => {
              setOpen(null);
              toast();
            }}
          >
            <TextField label={i18n.t("kit.demo.taskTitle")} value={title()} onChange={setTitle} />
          </FormDialog>
        </Specimen>
        <Specimen name="ActionDialog">
          <ActionDialog
            label={i18n.t("kit.demo.newDeal")}
            title={i18n.t("kit.demo.newDeal")}
            submitLabel={i18n.t("kit.demo.create")}
            busy={false}
            error={null}
            onSubmit={async () => {
              toast();
              return true;
            }}
          >
            <TextField label={i18n.t("kit.demo.taskTitle")} value={title()} onChange={setTitle} />
          </ActionDialog>
        </Specimen>
        <Specimen name="Menu">
          <Menu
            label={i18n.t("kit.demo.menu")}
            trigger={
              <>
                <IconMore />
                {i18n.t("kit.demo.menu")}
              </>
            }
          >
            <MenuItem icon={<IconPhone />} onSelect={toast}>
              {i18n.t("kit.demo.menuOne")}
            </MenuItem>
            <MenuItem icon={<IconMail />} onSelect={toast}>
              {i18n.t("kit.demo.menuTwo")}
            </MenuItem>
          </Menu>
        </Specimen>
        <Specimen name="showToast">
          <Button variant="secondary" onClick={toast}>
            {i18n.t("kit.demo.toast")}
          </Button>
        </Specimen>
      </div>
    </Card>
  );
}
