/** What a reader copies out of a PDF (poppler's `pdftotext`), and its fonts, for document tests. */
export * from "@quartet/server/testing/pdf";
