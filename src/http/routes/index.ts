import type { App, Deps } from "../app.js";
import formsGet from "./forms-get.js";
import health from "./health.js";
import assignmentRoutes from "./v1-assignments.js";
import categoriesCreate from "./v1-categories-create.js";
import categoriesList from "./v1-categories-list.js";
import categoriesScoring from "./v1-categories-scoring.js";
import leadsAssign from "./v1-leads-assign.js";
import leadsAttention from "./v1-leads-attention.js";
import leadsCreate from "./v1-leads-create.js";
import leadsGet from "./v1-leads-get.js";
import leadsList from "./v1-leads-list.js";
import sourcesCreate from "./v1-sources-create.js";
import sourcesList from "./v1-sources-list.js";
import sourcesPatch from "./v1-sources-patch.js";
import tokenRoutes from "./v1-tokens.js";
import planRoutes from "./v1-plans.js";
import poolRoutes from "./v1-pool.js";
import recipientRoutes from "./v1-recipients.js";
import usersCreate from "./v1-users-create.js";
import categoriesBehavior from "./v1-categories-behavior.js";
import categoriesStages from "./v1-categories-stages.js";
import leadsEvents from "./v1-leads-events.js";
import leadsStage from "./v1-leads-stage.js";
import leadsWork from "./v1-leads-work.js";
import myRoutes from "./v1-my.js";
import myOffersRoute from "./v1-my-offers.js";
import returnPolicyRoutes from "./v1-recipients-return-policy.js";
import reportRoutes from "./v1-reports.js";
import deliveryRoutes from "./v1-deliveries.js";
import leadDeliveries from "./v1-leads-deliveries.js";
import recipientDeliveryRoutes from "./v1-recipients-delivery.js";
import webhookRoutes from "./v1-webhooks.js";
import auditList from "./v1-audit-list.js";
import usersList from "./v1-users-list.js";
import usersPatch from "./v1-users-patch.js";
import planVersionsList from "./v1-plans-versions-list.js";
import planVersionsGet from "./v1-plans-versions-get.js";
import tasksList from "./v1-tasks-list.js";
import recipientsRetire from "./v1-recipients-retire.js";
import sessionCreate from "./v1-session-create.js";
import sessionGet from "./v1-session-get.js";
import sessionDelete from "./v1-session-delete.js";
import setupGet from "./v1-setup-get.js";
import setupCreate from "./v1-setup-create.js";
import invitesAccept from "./v1-invites-accept.js";
import passwordResetCreate from "./v1-password-reset-create.js";
import passwordResetComplete from "./v1-password-reset-complete.js";
import stream from "./v1-stream.js";
import categoriesPatch from "./v1-categories-patch.js";

export const routes: ((app: App, deps: Deps) => void)[] = [
  health,
  categoriesCreate,
  categoriesList,
  categoriesScoring,
  sourcesCreate,
  sourcesList,
  sourcesPatch,
  usersCreate,
  tokenRoutes,
  leadsCreate,
  leadsGet,
  leadsList,
  leadsAttention,
  leadsAssign,
  recipientRoutes,
  planRoutes,
  assignmentRoutes,
  poolRoutes,
  formsGet,
  categoriesStages,
  categoriesBehavior,
  leadsStage,
  leadsWork,
  leadsEvents,
  myRoutes,
  myOffersRoute,
  returnPolicyRoutes,
  reportRoutes,
  leadDeliveries,
  deliveryRoutes,
  recipientDeliveryRoutes,
  webhookRoutes,
  auditList,
  usersList,
  usersPatch,
  planVersionsList,
  planVersionsGet,
  tasksList,
  recipientsRetire,
  sessionCreate,
  sessionGet,
  sessionDelete,
  setupGet,
  setupCreate,
  invitesAccept,
  passwordResetCreate,
  passwordResetComplete,
  stream,
  categoriesPatch,
];
