import { apiKeys, roles } from "./en/access.ts";
import { auditActions } from "./en/audit-actions.ts";
import { auth } from "./en/auth.ts";
import {
  clientEdit,
  contacts,
  fileField,
  handoffs,
  merge,
  orders,
  owners,
  payments,
} from "./en/client-records.ts";
import { clientPage, clientStage, clients, importWizard, myWork, tasks } from "./en/clients.ts";
import { app, common, forbidden, notFound } from "./en/common.ts";
import { demo } from "./en/demo.ts";
import { diagnostic } from "./en/diagnostic.ts";
import { orderDocuments } from "./en/documents.ts";
import { functions, roleNames, scopes, stages } from "./en/domain.ts";
import { errors } from "./en/errors.ts";
import { home } from "./en/home.ts";
import { kit } from "./en/kit.ts";
import { letter, mailboxes } from "./en/mail.ts";
import { monitor } from "./en/monitor.ts";
import { notifications } from "./en/notifications.ts";
import { onboarding } from "./en/onboarding.ts";
import { plugins } from "./en/plugins.ts";
import { readiness } from "./en/readiness.ts";
import { registry } from "./en/registry.ts";
import { requisites } from "./en/requisites.ts";
import { quickAdd, search } from "./en/search.ts";
import { settings } from "./en/settings.ts";
import { language, nav, orgSwitcher, userMenu } from "./en/shell.ts";
import { staffing } from "./en/staffing.ts";
import { legs, status } from "./en/status.ts";
import { invitations, members, team } from "./en/team.ts";
import { callEntry, incomingCall, phoneCall, telephony } from "./en/telephony.ts";
import { webhooks } from "./en/webhooks.ts";

/** English texts of the admin app; this dictionary defines the keys every language must have. */
export const en = {
  app,
  common,
  nav,
  language,
  orgSwitcher,
  userMenu,
  functions,
  stages,
  scopes,
  roleNames,
  auth,
  onboarding,
  demo,
  status,
  legs,
  home,
  monitor,
  diagnostic,
  readiness,
  search,
  quickAdd,
  notifications,
  plugins,
  team,
  members,
  invitations,
  roles,
  apiKeys,
  staffing,
  settings,
  requisites,
  clients,
  clientStage,
  clientPage,
  clientEdit,
  contacts,
  owners,
  orders,
  orderDocuments,
  payments,
  handoffs,
  merge,
  fileField,
  tasks,
  myWork,
  importWizard,
  registry,
  webhooks,
  telephony,
  incomingCall,
  phoneCall,
  callEntry,
  mailboxes,
  letter,
  kit,
  auditActions,
  errors,
  notFound,
  forbidden,
} as const;
