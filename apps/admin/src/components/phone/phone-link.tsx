import { IconPhone, Menu, MenuItem, phoneLink } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { runAction } from "../../lib/run-action.ts";
import { useDialer } from "./use-dialer.ts";
import "./phone-link.css";

/**
 * A phone number as people write it (+7 (495) 500-55-50), wherever one shows. When the
 * organisation has an exchange and the member an extension, a click offers «Позвонить через АТС»
 * (the exchange rings the member's phone, then the number: `core.telephony.startCall`) beside the
 * plain `tel:` call from this device; otherwise it is a plain `tel:` link.
 *
 * @example <PhoneLink phone="+74955005550" />
 */
export function PhoneLink(props: { phone: string; class?: string }): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const dialer = useDialer();
  const link = () => phoneLink(props.phone);
  const callViaPbx = () =>
    runAction(
      i18n,
      () => trpc.core.telephony.startCall.mutate({ to: props.phone }),
      i18n.t("phoneCall.calling"),
    );
  return (
    <Show
      when={dialer()}
      fallback={
        <a href={link().href} class={props.class}>
          {link().text}
        </a>
      }
    >
      <Menu
        label={i18n.t("phoneCall.menuLabel", { number: link().text })}
        trigger={link().text}
        triggerClass={`phone-link${props.class ? ` ${props.class}` : ""}`}
        placement="bottom-start"
      >
        <MenuItem icon={<IconPhone size={16} />} onSelect={() => void callViaPbx()}>
          {i18n.t("phoneCall.viaPbx")}
        </MenuItem>
        <MenuItem onSelect={() => window.location.assign(link().href)}>
          {i18n.t("phoneCall.viaPhone")}
        </MenuItem>
      </Menu>
    </Show>
  );
}
