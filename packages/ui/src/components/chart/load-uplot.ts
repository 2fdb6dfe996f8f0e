import type uPlot from "uplot";

let loading: Promise<typeof uPlot> | undefined;

/**
 * uPlot and its stylesheet, fetched on the first chart drawn and kept: a page without a chart
 * never downloads them.
 */
export function loadUplot(): Promise<typeof uPlot> {
  loading ??= Promise.all([import("uplot"), import("uplot/dist/uPlot.min.css")]).then(
    ([module]) => module.default,
  );
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
