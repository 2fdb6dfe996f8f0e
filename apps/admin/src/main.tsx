import "./no-eval.ts";
import "@quartet/ui/styles.css";
import { render } from "solid-js/web";
import { App } from "./app.tsx";
import { i18n } from "./i18n/index.ts";

/** Shown when the viewer's dictionary cannot be fetched, so there is no dictionary to word it. */
const bootFailure = {
  ru: "Не удалось загрузить интерфейс. Проверьте соединение и обновите страницу.",
  en: "Could not load the interface. Check the connection and reload the page.",
};

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
void i18n.ready().then(
  () => render(() => <App />, root),
  () => {
    root.textContent = bootFailure[i18n.locale()];
  },
);
