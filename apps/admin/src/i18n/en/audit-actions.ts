/** Audit actions in words, keyed like the action without its `core.` prefix (`org.create`). */
export const auditActions = {
  org: {
    create: "Created the organisation",
    update: "Changed the settings",
    transfer: "Transferred ownership",
  },
  member: { role: "Changed a member's role", remove: "Removed a member" },
  invitation: { create: "Invited someone", revoke: "Revoked an invitation", accept: "Joined by invitation" },
  role: { create: "Created a role", update: "Changed a role", delete: "Deleted a role" },
  "api-key": { create: "Created an API key", revoke: "Revoked an API key" },
  staffing: { assign: "Assigned to a function", unassign: "Took off a function" },
  team: { create: "Created a team", update: "Changed a team", delete: "Deleted a team" },
  plugin: {
    enable: "Enabled a plugin",
    disable: "Disabled a plugin",
    uninstall: "Uninstalled a plugin",
    purge: "Deleted a plugin's data",
    settings: "Changed a plugin's settings",
  },
} as const;
