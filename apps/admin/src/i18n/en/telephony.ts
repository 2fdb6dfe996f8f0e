/** The incoming-call popup: who is calling before the member answers. */
export const incomingCall = {
  region: "Incoming calls",
  inbound: "Incoming call",
  outbound: "Calling through the exchange",
  hidden: "Hidden number",
  contact: "Contact",
  owner: "Responsible",
  deals: "Open deals",
  lastActivity: "Last activity",
  lastActivityText: "{type}, {when}",
  justNow: "just now",
  openCard: "Open the card",
  newClient: "Not in Quartet yet",
  outOfScope: "Client outside your access zone",
  dismissLabel: "Dismiss the call from {who}",
};

/** The organisation's telephone exchange (cloud PBX): its keys, the notification address, extensions. */
export const telephony = {
  open: "Telephony",
  title: "Telephony",
  subtitle:
    "Connect the company's cloud telephone exchange: calls land on clients' timelines by themselves, and the app shows who is calling.",
  connectionTitle: "Connection",
  provider: "Telephone exchange",
  providerHint: "The provider whose account the company's numbers are on.",
  save: "Save",
  saved: "Telephony settings saved",
  notConnected: "Not connected yet: choose the exchange and paste its keys.",
  connected: "Connected: {provider}",
  addressTitle: "Notification address",
  address: "Address for call notifications",
  addressHint:
    "Paste it in the exchange's account (Zadarma: Settings → API and integrations → Notifications) so calls reach Quartet.",
  addressAfterSave: "The address appears once the keys are saved.",
  extensionsTitle: "Extensions",
  extensionsHint:
    "Which member answers each extension of the exchange: their calls are theirs, and they see who is calling.",
  extension: "Extension",
  member: "Member",
  chooseMember: "Choose a member",
  addExtension: "Assign",
  removeExtension: "Free",
  removeLabel: "Free extension {extension} of {name}",
  noExtensions: "No extensions assigned yet",
  extensionSaved: "Extension {extension} assigned to {name}",
  extensionRemoved: "Extension {extension} freed",
  formerMember: "Former member",
};

/** Phone links: a call through the exchange beside the plain `tel:` link. */
export const phoneCall = {
  menuLabel: "Call {number}",
  viaPbx: "Call through the exchange",
  viaPhone: "Call from this device",
  calling: "Calling: your phone will ring first",
};

/** A call through the exchange on the timeline, its number as people write it. */
export const callEntry = {
  inbound: "Incoming call from {number}",
  outbound: "Outgoing call to {number}",
};
