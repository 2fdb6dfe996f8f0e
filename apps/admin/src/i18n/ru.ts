import type { Translation } from "@quartet/ui";
import type { en } from "./en.ts";
import { apiKeys, roles } from "./ru/access.ts";
import { auditActions } from "./ru/audit-actions.ts";
import { auth } from "./ru/auth.ts";
import {
  clientEdit,
  contacts,
  fileField,
  handoffs,
  merge,
  orders,
  owners,
  payments,
} from "./ru/client-records.ts";
import { clientPage, clientStage, clients, importWizard, myWork, tasks } from "./ru/clients.ts";
import { app, common, forbidden, notFound } from "./ru/common.ts";
import { demo } from "./ru/demo.ts";
import { diagnostic } from "./ru/diagnostic.ts";
import { orderDocuments } from "./ru/documents.ts";
import { functions, roleNames, scopes, stages } from "./ru/domain.ts";
import { errors } from "./ru/errors.ts";
import { home } from "./ru/home.ts";
import { kit } from "./ru/kit.ts";
import { letter, mailboxes } from "./ru/mail.ts";
import { monitor } from "./ru/monitor.ts";
import { notifications } from "./ru/notifications.ts";
import { onboarding } from "./ru/onboarding.ts";
import { plugins } from "./ru/plugins.ts";
import { readiness } from "./ru/readiness.ts";
import { registry } from "./ru/registry.ts";
import { requisites } from "./ru/requisites.ts";
import { quickAdd, search } from "./ru/search.ts";
import { settings } from "./ru/settings.ts";
import { language, nav, orgSwitcher, userMenu } from "./ru/shell.ts";
import { staffing } from "./ru/staffing.ts";
import { legs, status } from "./ru/status.ts";
import { invitations, members, team } from "./ru/team.ts";
import { callEntry, incomingCall, phoneCall, telephony } from "./ru/telephony.ts";
import { webhooks } from "./ru/webhooks.ts";

/** Russian texts of the admin app — the default language; the type demands every English key. */
export const ru: Translation<typeof en> = {
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
};
