/** The inline stylesheet of a printed proposal: A4, readable, no outside fonts. */
export const proposalStyles = [
  "@page{size:A4;margin:18mm}",
  "body{font-family:'PT Sans',Arial,Helvetica,sans-serif;font-size:11pt;color:#111;margin:0 auto;max-width:180mm}",
  "header{border-bottom:2px solid #111;padding-bottom:6pt;margin-bottom:12pt}",
  ".seller{font-size:14pt;font-weight:bold}.contacts{color:#444;font-size:9pt}",
  "h1{font-size:14pt;margin:12pt 0}h2{font-size:11pt;margin:14pt 0 4pt}",
  "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:3pt 5pt;text-align:left;vertical-align:top}",
  ".n{text-align:right;white-space:nowrap}tfoot td{font-weight:bold}.grand td{font-size:12pt}",
  ".terms{white-space:pre-wrap}.valid{margin-top:10pt}",
  ".requisites table th{width:40%;font-weight:normal;color:#444}",
  "@media print{header{break-after:avoid}tr{break-inside:avoid}}",
].join("");
