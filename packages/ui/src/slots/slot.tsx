import { createMemo, For, type JSX } from "solid-js";
import { collectWidgets } from "./collect.ts";
import { usePluginHost } from "./host-context.tsx";
import type { SlotName, SlotProps } from "./types.ts";
import { WidgetFrame } from "./widget-frame.tsx";

/** Props of `<Slot>`: the slot's name and, when the slot has any, the props its widgets receive. */
export type SlotElementProps<N extends SlotName> = {
  name: N;
  class?: string;
} & (keyof SlotProps[N] extends never ? { props?: SlotProps[N] } : { props: SlotProps[N] });

/**
 * Renders every widget that enabled plugins contribute to a slot and the user may see,
 * each lazily and inside its own error boundary.
 *
 * @example <Slot name="client.sidePanel" props={{ clientId: client().id }} />
 */
export function Slot<N extends SlotName>(props: SlotElementProps<N>): JSX.Element {
  const host = usePluginHost();
  const widgets = createMemo(() => collectWidgets(host, props.name));
  return (
    <div class={`q-slot${props.class ? ` ${props.class}` : ""}`} data-slot={props.name}>
      <For each={widgets()}>
        {(widget) => (
          <WidgetFrame
            pluginId={widget.pluginId}
            pluginName={host.pluginName?.(widget.pluginId)}
            component={widget.component}
            props={(props.props ?? {}) as SlotProps[N]}
          />
        )}
      </For>
    </div>
  );
}
