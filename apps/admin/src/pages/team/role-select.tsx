import { Button, Select } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { roleOptions, useRoles } from "../../lib/roles.ts";

/**
 * The end of a one-line team form: the roles one can give (every role but the owner's, custom
 * ones too) and the form's submit button, e.g. "invite" or "create key".
 */
export function RoleSelect(props: {
  label: string;
  value: string;
  onChange: (role: string) => void;
  error: string | undefined;
  submitLabel: string;
  submitIcon: JSX.Element;
  busy: boolean;
}): JSX.Element {
  const i18n = useT();
  const roles = useRoles();
  return (
    <>
      <Select
        class="invite-form__role"
        label={props.label}
        options={roleOptions(i18n, roles.data)}
        value={props.value}
        onChange={props.onChange}
        error={props.error}
      />
      <Button
        type="submit"
        variant="primary"
        icon={props.submitIcon}
        loading={props.busy}
        class="invite-form__submit"
      >
        {props.submitLabel}
      </Button>
    </>
  );
}
