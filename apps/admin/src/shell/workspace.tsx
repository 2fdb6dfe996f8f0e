import type { JSX } from "solid-js";
import { RequireOrganisation } from "../guards/require-organisation.tsx";
import { Shell } from "./shell.tsx";

/** The pages of an organisation: inside the shell, once the user has an organisation to work in. */
export function Workspace(props: { children?: JSX.Element }): JSX.Element {
  return (
    <RequireOrganisation>
      <Shell>{props.children}</Shell>
    </RequireOrganisation>
  );
}

export default Workspace;
