import { i18n } from "../i18n/index.ts";

/**
 * Opens a proposal's printable HTML (rendered by the server) in a new tab. The tab is opened
 * before the call so the browser treats it as the click's own window; it shows the document as
 * a blob address once it arrives, or closes when the call is refused (the caller shows why).
 */
export async function openPrintable(load: () => Promise<{ html: string; fileName: string }>): Promise<void> {
  const tab = window.open("", "_blank");
  tab?.document.write(`<p style="font-family:sans-serif">${i18n.t("proposals.opening")}</p>`);
  try {
    const { html } = await load();
    const url = URL.createObjectURL(new Blob([html], { type: "text/html;charset=utf-8" }));
    if (tab) tab.location.href = url;
    else window.location.assign(url);
  } catch (error) {
    tab?.close();
    throw error;
  }
}
