/** The top bar's global search. */
export const search = {
  open: "Search",
  placeholder: "Search clients, contacts, deals…",
  label: "Search Quartet",
  close: "Close search",
  hint: "Find a client, contact, deal or request by name, phone, INN or email.",
  searching: "Searching…",
  nothing: "Nothing found for “{q}”",
  failed: "Search failed. Try again.",
  groupFailed: "{name}: could not search here",
  groupTimeout: "{name}: took too long to answer",
  field: {
    name: "Name",
    title: "Title",
    client: "Client",
    phone: "Phone",
    inn: "INN",
    email: "Email",
    domain: "Website",
  },
  keys: { move: "to move", open: "to open", close: "to close" },
};

/** The top bar's "+" menu: create a record from anywhere. */
export const quickAdd = {
  open: "Create",
  client: "Client",
  task: "Task",
  taskTitle: "New task",
  taskCreated: "Task “{title}” created",
  dueRequired: "Choose a due date",
};
