/** The team page: its tabs, members and invitations. */
export const team = {
  title: "Team",
  subtitle: "Who covers each function, who works here and what each role may do.",
  tabs: {
    label: "Team sections",
    staffing: "Functions",
    members: "Members",
    roles: "Roles",
    apiKeys: "API keys",
  },
} as const;

/** Members of the organisation. */
export const members = {
  title: "Members",
  name: "Name",
  role: "Role",
  joined: "Joined",
  you: "You",
  roleOf: "Role of {name}",
  actionsFor: "Actions for {name}",
  remove: "Remove from the organisation",
  removeTitle: "Remove {name}?",
  removeText: "They lose access at once. The records they worked on stay.",
  removed: "{name} is no longer a member",
  transfer: "Make the owner",
  transferTitle: "Make {name} the owner?",
  transferText: "You become an administrator. Only the new owner can hand ownership back.",
  transferred: "{name} now owns the organisation",
  roleChanged: "{name} is now {role}",
} as const;

/** Invitations by email. */
export const invitations = {
  title: "Invitations",
  description: "Invite people by email with a role. A link works once, for 7 days.",
  email: "Email",
  emailPlaceholder: "colleague@company.ru",
  role: "Role",
  submit: "Invite",
  created: "Invitation for {email} is ready",
  link: "Invitation link",
  linkHint: "We have mailed it. You can also send it yourself.",
  pending: "Pending invitations",
  empty: "No pending invitations",
  sent: "Sent",
  expires: "Expires",
  expired: "Expired",
  revoke: "Revoke",
  revokeLabel: "Revoke the invitation for {email}",
  revokeTitle: "Revoke the invitation for {email}?",
  revokeText: "The link stops working at once.",
  revoked: "Invitation for {email} revoked",
} as const;
