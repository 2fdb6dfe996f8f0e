/** A client's contact people. */
export const contacts = {
  title: "Contacts",
  add: "Add contact",
  edit: "Edit contact",
  editNamed: "Edit {name}",
  remove: "Remove",
  removeNamed: "Remove {name}",
  removeTitle: "Remove this contact?",
  removeDescription: "{name} will no longer be listed for this client.",
  removed: "Contact {name} removed",
  saved: "Contact {name} saved",
  none: "No contacts yet",
  noneDescription: "Add the people you talk to: who decides, who influences, who pays.",
  name: "Name",
  position: "Position",
  role: "Role in buying",
  phones: "Phones",
  emails: "Emails",
  primary: "Primary contact",
  primaryBadge: "Primary",
  roles: {
    "decision-maker": "Decision maker",
    influencer: "Influencer",
    user: "User",
    accounting: "Accounting",
    other: "Other",
  },
} as const;

/** Who is responsible for the client in each function. */
export const owners = {
  title: "Responsible",
  nobody: "Not assigned",
  someone: "A member",
  choose: "Responsible for {function}",
  saved: "Responsible for {function} changed",
} as const;

/** A client's orders and the payments against them. */
export const orders = {
  title: "Orders and payments",
  record: "Record order",
  none: "No orders yet",
  noneDescription: "Record an order to follow its payments here.",
  number: "Order",
  date: "Date",
  total: "Total",
  paid: "Paid",
  due: "Balance",
  status: "Payment",
  totals: "Total {total} · paid {paid} · balance {due}",
  cancelled: "Cancelled",
  details: "Order {number}",
  showPayments: "Payments of order {number}",
  noPayments: "No payments yet",
  tierDiscount: "{tier} tier discount {percent}\u00A0%",
  paymentStatus: {
    unpaid: "Unpaid",
    partial: "Partly paid",
    paid: "Paid",
    overpaid: "Overpaid",
  },
  form: {
    title: "New order",
    lines: "Lines",
    product: "Product",
    productFor: "Product of line {line}",
    freeLine: "Not from the catalog",
    lineName: "Name",
    quantity: "Quantity",
    price: "Price",
    discount: "Discount, %",
    lineTotal: "Line total",
    addLine: "Add line",
    removeLine: "Remove line {line}",
    date: "Order date",
    note: "Note",
    total: "Total",
    recorded: "Order {number} recorded",
    badNumber: "Enter a number",
  },
} as const;

/** A payment against an order. */
export const payments = {
  record: "Record payment",
  recordFor: "Record payment for order {number}",
  title: "Payment for order {number}",
  amount: "Amount",
  amountHint: "Balance: {due}",
  date: "Paid on",
  method: "Method",
  reference: "Reference (invoice, payment order)",
  recorded: "Payment of {amount} recorded",
  methods: {
    bank: "Bank transfer",
    cash: "Cash",
    card: "Card",
    other: "Other",
  },
} as const;

/** Handoffs of a client between functions. */
export const handoffs = {
  title: "Handoffs",
  request: "Hand over",
  none: "This client has not been handed over yet",
  from: "From",
  to: "To",
  receiver: "Receiver",
  engine: "Picked automatically",
  engineHint: "The assignment engine picks a free person of the receiving function.",
  note: "Note for the receiver",
  sla: "Hours to accept",
  sent: "Handed over to {function}",
  route: "{from} → {to}",
  waitingFor: "Receiver: {name}",
  waitingForAnyone: "Receiver: the {function} team",
  /** Why the receiver got it, by the handoff's `assignmentReason`. */
  assigned: {
    "existing-owner": "Assigned: already works with this client",
    "round-robin": "Assigned in turn",
    "least-busy": "Assigned to the least busy",
    specialist: {
      prospecting: "Assigned to the prospecting specialist",
      "first-sale": "Assigned to the first sale specialist",
      farming: "Assigned to the client development specialist",
      vip: "Assigned to the VIP clients specialist",
    },
    "nobody-covers": "Nobody covers this function",
    "all-paused": "Everyone on this function is paused",
    "all-at-capacity": "Everyone on this function has reached today's limit",
    chosen: "Chosen by hand",
    "chosen-not-covering": "Chosen by hand, does not cover this function",
  },
  acceptBy: "Accept by {when}",
  decided: "Reason: {reason}",
  accept: "Accept",
  reject: "Reject",
  rejectReason: "Why you reject it",
  accepted: "Handoff accepted",
  rejected: "Handoff rejected",
  overdue: "Overdue",
  states: {
    requested: "Waiting",
    accepted: "Accepted",
    rejected: "Rejected",
    cancelled: "Cancelled",
    expired: "Expired",
  },
} as const;

/** Editing a client. */
export const clientEdit = {
  edit: "Edit",
  title: "Edit client",
  saved: "Changes saved",
  customFields: "Additional fields",
  yes: "Yes",
  no: "No",
  notSet: "Not set",
} as const;

/** Duplicates of a client and merging them. */
export const merge = {
  find: "Find duplicates",
  title: "Possible duplicates",
  none: "No duplicates found",
  open: "Open",
  openNamed: "Open {name}",
  mergeHere: "Merge into this client",
  mergeNamed: "Merge {name} into this client",
  confirmTitle: "Merge {from} into {into}?",
  confirm: "Merge",
  moves: "From «{from}» to «{into}» move:",
  movesContacts: { one: "{count} contact", other: "{count} contacts" },
  movesOrders: { one: "{count} order with its payments", other: "{count} orders with their payments" },
  movesTasks: { one: "{count} open task", other: "{count} open tasks" },
  movesRest: "the whole timeline, handoffs and tags",
  fills:
    "Empty fields of «{into}» are filled from «{from}». «{from}» leaves the client list; its link leads to «{into}».",
  done: "{from} merged into {into}",
} as const;

/** A file picker, in the app's words rather than the browser's. */
export const fileField = {
  choose: "Choose file",
  none: "No file chosen",
} as const;
