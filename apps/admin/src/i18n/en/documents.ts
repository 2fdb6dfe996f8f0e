/** A core order's documents on the client page: the invoice issued from it. */
export const orderDocuments = {
  open: "Invoice",
  openFor: "Invoice for order {number}",
  title: "Documents of order {number}",
} as const;
