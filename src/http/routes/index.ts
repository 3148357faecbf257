import type { App, Deps } from "../app.js";
import formsGet from "./forms-get.js";
import formsScript from "./forms-script.js";
import health from "./health.js";
import trackingClick from "./tracking-click.js";
import trackingOpen from "./tracking-open.js";
import unsubscribeGet from "./unsubscribe-get.js";
import unsubscribePost from "./unsubscribe-post.js";
import assignmentsAccept from "./v1-assignments-accept.js";
import assignmentsReject from "./v1-assignments-reject.js";
import categoriesCreate from "./v1-categories-create.js";
import categoriesList from "./v1-categories-list.js";
import categoriesGet from "./v1-categories-get.js";
import categoriesScoring from "./v1-categories-scoring.js";
import leadsAssign from "./v1-leads-assign.js";
import leadsAttention from "./v1-leads-attention.js";
import leadsCreate from "./v1-leads-create.js";
import leadsGet from "./v1-leads-get.js";
import leadsList from "./v1-leads-list.js";
import sourcesCreate from "./v1-sources-create.js";
import sourcesEmbed from "./v1-sources-embed.js";
import sourcesList from "./v1-sources-list.js";
import sourcesPatch from "./v1-sources-patch.js";
import tokensCreate from "./v1-tokens-create.js";
import tokensDelete from "./v1-tokens-delete.js";
import plansPut from "./v1-plans-put.js";
import plansGet from "./v1-plans-get.js";
import plansSimulate from "./v1-plans-simulate.js";
import poolList from "./v1-pool-list.js";
import poolClaim from "./v1-pool-claim.js";
import recipientsCreate from "./v1-recipients-create.js";
import recipientsPatch from "./v1-recipients-patch.js";
import recipientsList from "./v1-recipients-list.js";
import recipientsGet from "./v1-recipients-get.js";
import tokensList from "./v1-tokens-list.js";
import usersCreate from "./v1-users-create.js";
import categoriesBehaviorPut from "./v1-categories-behavior-put.js";
import categoriesBehaviorGet from "./v1-categories-behavior-get.js";
import categoriesStagesPut from "./v1-categories-stages-put.js";
import categoriesStagesGet from "./v1-categories-stages-get.js";
import leadsEvents from "./v1-leads-events.js";
import leadsStage from "./v1-leads-stage.js";
import leadsNotesCreate from "./v1-leads-notes-create.js";
import leadsCallsCreate from "./v1-leads-calls-create.js";
import leadsTasksCreate from "./v1-leads-tasks-create.js";
import tasksComplete from "./v1-tasks-complete.js";
import leadsReturn from "./v1-leads-return.js";
import myLeadsList from "./v1-my-leads-list.js";
import myTasksList from "./v1-my-tasks-list.js";
import myOffersRoute from "./v1-my-offers.js";
import recipientsReturnPolicyPut from "./v1-recipients-return-policy-put.js";
import recipientsReturnPolicyGet from "./v1-recipients-return-policy-get.js";
import reportsFunnel from "./v1-reports-funnel.js";
import reportsPerformance from "./v1-reports-performance.js";
import reportsReasons from "./v1-reports-reasons.js";
import reportsSpeed from "./v1-reports-speed.js";
import reportsRecipients from "./v1-reports-recipients.js";
import reportsSummary from "./v1-reports-summary.js";
import reportsRecalibration from "./v1-reports-recalibration.js";
import leadsTiming from "./v1-leads-timing.js";
import leadsScore from "./v1-leads-score.js";
import deliveriesList from "./v1-deliveries-list.js";
import deliveriesReplay from "./v1-deliveries-replay.js";
import leadDeliveries from "./v1-leads-deliveries.js";
import recipientsDeliveryTest from "./v1-recipients-delivery-test.js";
import recipientsDeliveryPause from "./v1-recipients-delivery-pause.js";
import recipientsDeliveryResume from "./v1-recipients-delivery-resume.js";
import webhooksCreate from "./v1-webhooks-create.js";
import webhooksList from "./v1-webhooks-list.js";
import webhooksDelete from "./v1-webhooks-delete.js";
import webhooksPatch from "./v1-webhooks-patch.js";
import webhooksDeliveriesList from "./v1-webhooks-deliveries-list.js";
import webhooksDeliveriesReplay from "./v1-webhooks-deliveries-replay.js";
import leadsWebhooksList from "./v1-leads-webhooks-list.js";
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
import importsCreate from "./v1-imports-create.js";
import importsGet from "./v1-imports-get.js";
import leadsExport from "./v1-leads-export.js";
import mySpend from "./v1-my-spend.js";
import leadsOutcome from "./v1-leads-outcome.js";
import postbackGet from "./postback-get.js";
import postbackPost from "./postback-post.js";
import recipientsPostback from "./v1-recipients-postback.js";
import templatesCreate from "./v1-templates-create.js";
import templatesList from "./v1-templates-list.js";
import templatesGet from "./v1-templates-get.js";
import templatesPatch from "./v1-templates-patch.js";
import templatesPreview from "./v1-templates-preview.js";
import templatesTestSend from "./v1-templates-test-send.js";
import sequencesCreate from "./v1-sequences-create.js";
import sequencesList from "./v1-sequences-list.js";
import sequencesGet from "./v1-sequences-get.js";
import sequencesVersions from "./v1-sequences-versions.js";
import sequencesPatch from "./v1-sequences-patch.js";
import sequencesEnrolmentsList from "./v1-sequences-enrolments-list.js";
import sequencesEnrolmentsCreate from "./v1-sequences-enrolments-create.js";
import sequencesEnrolmentsDelete from "./v1-sequences-enrolments-delete.js";
import leadsEnrolments from "./v1-leads-enrolments.js";
import sequencesMetrics from "./v1-sequences-metrics.js";
import settingsMailGet from "./v1-settings-mail-get.js";
import settingsMailPut from "./v1-settings-mail-put.js";
import myCallListRoute from "./v1-my-call-list.js";
import categoriesCallingGet from "./v1-categories-calling-get.js";
import categoriesCallingPut from "./v1-categories-calling-put.js";
import suppressionsCreate from "./v1-suppressions-create.js";
import suppressionsList from "./v1-suppressions-list.js";
import suppressionsDelete from "./v1-suppressions-delete.js";
import myReturnsList from "./v1-my-returns-list.js";
import myPerformance from "./v1-my-performance.js";
import myDeliveriesList from "./v1-my-deliveries-list.js";
import experimentsCreate from "./v1-experiments-create.js";
import experimentsList from "./v1-experiments-list.js";
import experimentsGet from "./v1-experiments-get.js";
import experimentsStop from "./v1-experiments-stop.js";
import experimentsPromote from "./v1-experiments-promote.js";
import categoriesRetestScheduleGet from "./v1-categories-retest-schedule-get.js";
import categoriesRetestSchedulePut from "./v1-categories-retest-schedule-put.js";
import categoriesRetestScheduleDelete from "./v1-categories-retest-schedule-delete.js";

export const routes: ((app: App, deps: Deps) => void)[] = [
  health,
  categoriesCreate,
  categoriesList,
  categoriesGet,
  categoriesScoring,
  sourcesCreate,
  sourcesEmbed,
  sourcesList,
  sourcesPatch,
  usersCreate,
  tokensCreate,
  tokensDelete,
  tokensList,
  leadsCreate,
  leadsGet,
  leadsList,
  leadsAttention,
  leadsAssign,
  recipientsCreate,
  recipientsPatch,
  recipientsList,
  recipientsGet,
  plansPut,
  plansGet,
  plansSimulate,
  assignmentsAccept,
  assignmentsReject,
  poolList,
  poolClaim,
  formsGet,
  formsScript,
  categoriesStagesPut,
  categoriesStagesGet,
  categoriesBehaviorPut,
  categoriesBehaviorGet,
  leadsStage,
  leadsNotesCreate,
  leadsCallsCreate,
  leadsTasksCreate,
  tasksComplete,
  leadsReturn,
  leadsEvents,
  myLeadsList,
  myTasksList,
  myOffersRoute,
  recipientsReturnPolicyPut,
  recipientsReturnPolicyGet,
  reportsFunnel,
  reportsPerformance,
  reportsReasons,
  reportsSpeed,
  reportsRecipients,
  reportsSummary,
  reportsRecalibration,
  leadsTiming,
  leadsScore,
  leadDeliveries,
  deliveriesList,
  deliveriesReplay,
  recipientsDeliveryTest,
  recipientsDeliveryPause,
  recipientsDeliveryResume,
  webhooksCreate,
  webhooksList,
  webhooksDelete,
  webhooksPatch,
  webhooksDeliveriesList,
  webhooksDeliveriesReplay,
  leadsWebhooksList,
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
  importsCreate,
  importsGet,
  leadsExport,
  mySpend,
  leadsOutcome,
  postbackGet,
  postbackPost,
  recipientsPostback,
  templatesCreate,
  templatesList,
  templatesGet,
  templatesPatch,
  templatesPreview,
  templatesTestSend,
  sequencesCreate,
  sequencesList,
  sequencesGet,
  sequencesVersions,
  sequencesPatch,
  sequencesEnrolmentsList,
  sequencesEnrolmentsCreate,
  sequencesEnrolmentsDelete,
  leadsEnrolments,
  trackingOpen,
  trackingClick,
  unsubscribeGet,
  unsubscribePost,
  sequencesMetrics,
  settingsMailGet,
  settingsMailPut,
  myCallListRoute,
  categoriesCallingGet,
  categoriesCallingPut,
  suppressionsCreate,
  suppressionsList,
  suppressionsDelete,
  myReturnsList,
  myPerformance,
  myDeliveriesList,
  experimentsCreate,
  experimentsList,
  experimentsGet,
  experimentsStop,
  experimentsPromote,
  categoriesRetestScheduleGet,
  categoriesRetestSchedulePut,
  categoriesRetestScheduleDelete,
];
