import type { JSX } from "solid-js";
import type { kit } from "../../../i18n/en/kit.ts";
import { useT } from "../../../i18n/index.ts";

/** A component the kit page shows: its export name in `@quartet/ui`. */
export type KitComponent = keyof typeof kit.captions;

/** One component of the kit: its import name, what it is for, and a live sample. */
export function Specimen(props: { name: KitComponent; children: JSX.Element }): JSX.Element {
  const i18n = useT();
  return (
    <figure class="kit-specimen" data-component={props.name}>
      <figcaption class="kit-specimen__caption">
        <code class="kit-specimen__name">{props.name}</code>
        <span class="q-muted">{i18n.t(`kit.captions.${props.name}`)}</span>
      </figcaption>
      <div class="kit-specimen__sample">{props.children}</div>
    </figure>
  );
}
