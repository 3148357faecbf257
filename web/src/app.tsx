import { Redirect, Route, Switch } from "wouter";
import { isBuyer, isStaff, useSession, useSetupNeeded } from "./modules/auth/session";
import { homeOf } from "./modules/shell/menu";
import { Shell } from "./modules/shell/shell";
import { AttentionPage } from "./pages/attention";
import { CallsPage } from "./pages/calls";
import { CategoriesPage, CategoryPage, NewCategoryPage } from "./pages/categories";
import { DashboardPage } from "./pages/dashboard";
import { EmailPage, NewTemplatePage, SenderPage, TemplatePage, TemplatesPage } from "./pages/email";
import { GettingStartedPage } from "./pages/getting-started";
import { ImportPage } from "./pages/import";
import { DeliveriesPage } from "./pages/deliveries";
import { ExperimentPage, ExperimentsPage, NewExperimentPage } from "./pages/experiments";
import { InvitePage } from "./pages/invite";
import { LeadPage } from "./pages/lead";
import { LeadsPage } from "./pages/leads";
import { LeadsBoughtPage } from "./pages/leads-bought";
import { PerformancePage } from "./pages/performance";
import { ReportsPage } from "./pages/reports";
import { ReturnsPage } from "./pages/returns";
import { SpendPage } from "./pages/spend";
import { MyLeadsPage } from "./pages/my-leads";
import { NotFoundPage } from "./pages/not-found";
import { PlansPage } from "./pages/plans";
import { RecipientPage } from "./pages/recipient";
import { RecipientsPage } from "./pages/recipients";
import { ResetPage, ResetRequestPage } from "./pages/reset";
import {
  AuditSettingsPage,
  SettingsPage,
  SuppressionsSettingsPage,
  TokensSettingsPage,
  UsersSettingsPage,
  WebhooksSettingsPage,
} from "./pages/settings";
import {
  NewSequencePage,
  SequenceEnrolmentsPage,
  SequenceMetricsPage,
  SequenceVersionsPage,
  SequencePage,
  SequencesPage,
} from "./pages/sequences";
import { SetupPage } from "./pages/setup";
import { NewSourcePage, SourcePage, SourcesPage } from "./pages/sources";
import { SignInPage } from "./pages/sign-in";
import { TasksPage } from "./pages/tasks";
import { WorkPage } from "./pages/work";
import { ErrorNote, Skeleton } from "./ui/feedback";

export function App() {
  const session = useSession();
  const setup = useSetupNeeded();
  if (session.isPending || setup.isPending) return <Skeleton rows={4} label="Loading Carousel" />;
  if (session.error) return <ErrorNote error={session.error}> Reload the page to try again.</ErrorNote>;
  const user = session.data;
  const home = user ? homeOf(user.role, { buyer: isBuyer(user) }) : "/";
  return (
    <Switch>
      <Route path="/invite/:token">{(p) => <InvitePage token={p.token} />}</Route>
      <Route path="/reset">{() => <ResetRequestPage />}</Route>
      <Route path="/reset/:token">{(p) => <ResetPage token={p.token} />}</Route>
      {!user ? (
        <Switch>
          <Route path="/setup">{() => (setup.data ? <SetupPage /> : <Redirect to="/signin" />)}</Route>
          <Route path="/signin" component={SignInPage} />
          <Route>{() => <Redirect to={setup.data ? "/setup" : "/signin"} replace />}</Route>
        </Switch>
      ) : (
        <Shell user={user}>
          <Switch>
            <Route path="/">{() => <Redirect to={home} replace />}</Route>
            <Route path="/signin">{() => <Redirect to={home} replace />}</Route>
            {/* Signed in on the first-run page: the new admin starts with the checklist. */}
            <Route path="/setup">
              {() => <Redirect to={user.role === "admin" ? "/getting-started" : home} replace />}
            </Route>
            <Route path="/leads/:id">{(p) => <LeadPage id={p.id} user={user} />}</Route>
            {isStaff(user.role) ? (
              <>
                <Route path="/dashboard" component={DashboardPage} />
                <Route path="/leads" component={LeadsPage} />
                <Route path="/import" component={ImportPage} />
                <Route path="/attention" component={AttentionPage} />
                <Route path="/reports" component={ReportsPage} />
                <Route path="/getting-started" component={GettingStartedPage} />
                <Route path="/sources" component={SourcesPage} />
                <Route path="/sources/new" component={NewSourcePage} />
                <Route path="/sources/:key">{(p) => <SourcePage sourceKey={p.key} />}</Route>
                <Route path="/categories" component={CategoriesPage} />
                <Route path="/categories/new" component={NewCategoryPage} />
                <Route path="/categories/:key">{(p) => <CategoryPage categoryKey={p.key} />}</Route>
                <Route path="/plans">{() => <PlansPage user={user} />}</Route>
                <Route path="/experiments" component={ExperimentsPage} />
                <Route path="/experiments/new" component={NewExperimentPage} />
                <Route path="/experiments/:id">{(p) => <ExperimentPage id={p.id} />}</Route>
                <Route path="/settings">{() => <SettingsPage user={user} />}</Route>
                <Route path="/settings/users">{() => <UsersSettingsPage user={user} />}</Route>
                <Route path="/settings/tokens">{() => <TokensSettingsPage user={user} />}</Route>
                <Route path="/settings/webhooks">{() => <WebhooksSettingsPage user={user} />}</Route>
                <Route path="/settings/suppressions">{() => <SuppressionsSettingsPage user={user} />}</Route>
                <Route path="/settings/audit">{() => <AuditSettingsPage user={user} />}</Route>
                <Route path="/recipients" component={RecipientsPage} />
                <Route path="/recipients/new">{() => <RecipientPage recipientKey={null} />}</Route>
                <Route path="/recipients/:key">{(p) => <RecipientPage recipientKey={p.key} />}</Route>
                <Route path="/deliveries" component={DeliveriesPage} />
                <Route path="/email" component={EmailPage} />
                <Route path="/email/templates" component={TemplatesPage} />
                <Route path="/email/templates/new" component={NewTemplatePage} />
                <Route path="/email/templates/:key">{(p) => <TemplatePage templateKey={p.key} />}</Route>
                <Route path="/email/sender" component={SenderPage} />
                <Route path="/sequences" component={SequencesPage} />
                <Route path="/sequences/new" component={NewSequencePage} />
                <Route path="/sequences/:key">{(p) => <SequencePage sequenceKey={p.key} />}</Route>
                <Route path="/sequences/:key/enrolments">
                  {(p) => <SequenceEnrolmentsPage sequenceKey={p.key} />}
                </Route>
                <Route path="/sequences/:key/metrics">
                  {(p) => <SequenceMetricsPage sequenceKey={p.key} />}
                </Route>
                <Route path="/sequences/:key/versions">
                  {(p) => <SequenceVersionsPage sequenceKey={p.key} />}
                </Route>
              </>
            ) : (
              <>
                <Route path="/work">{() => <WorkPage user={user} />}</Route>
                <Route path="/calls">{() => <CallsPage user={user} />}</Route>
                <Route path="/my-leads">{() => <MyLeadsPage user={user} />}</Route>
                <Route path="/tasks" component={TasksPage} />
                <Route path="/leads-bought" component={LeadsBoughtPage} />
                <Route path="/spend" component={SpendPage} />
                <Route path="/returns" component={ReturnsPage} />
                <Route path="/performance" component={PerformancePage} />
              </>
            )}
            <Route component={NotFoundPage} />
          </Switch>
        </Shell>
      )}
    </Switch>
  );
}
