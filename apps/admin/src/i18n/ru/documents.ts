import type { Translation } from "@quartet/ui";
import type { orderDocuments as en } from "../en/documents.ts";

/** Документы заказа на карточке клиента: выставленный по нему счёт. */
export const orderDocuments: Translation<typeof en> = {
  open: "Счёт",
  openFor: "Счёт по заказу {number}",
  title: "Документы заказа {number}",
};
