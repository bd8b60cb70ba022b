import type { QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { PageLoader } from '../components/page-loader';
import { isUuid } from '../lib/ids';
import { costCatalogueQueryOptions, partnerServicesQueryOptions } from '../lib/reference-data';
import { lazyPage, type Prefetch } from '../lib/route-loader';
import { AppShell } from './layout/app-shell';
import { ErrorPage } from './routes/error-page';
import { NotFoundPage } from './routes/not-found';
import { RequireAuth } from './routes/require-auth';
import { RequireRole } from './routes/require-role';
import { StartPage } from './routes/start-page';

/** Prefetches the record a route parameter names, when the parameter can name one (a UUID). */
const withId =
  (param: string, start: (queryClient: QueryClient, id: string) => Promise<unknown>): Prefetch =>
  (queryClient, { params }) => {
    const id = params[param];
    return isUuid(id) ? start(queryClient, id) : Promise.resolve();
  };

// Feature routes are split into their own chunks, loaded on first visit; each route's loader starts its chunk
// and its main query together (lib/route-loader.ts).
const SignIn = lazyPage(() => import('../features/auth/routes/sign-in'));
const Home = lazyPage(() => import('../features/home/routes/home'));
const MyDay = lazyPage(() => import('../features/my-day/routes/my-day'));
const AdminLayout = lazyPage(() => import('../features/admin/routes/admin-layout'));
const Sites = lazyPage(
  () => import('../features/admin/routes/sites'),
  (qc) => import('../features/admin/api').then((api) => qc.prefetchQuery(api.sitesQueryOptions())),
);
const Users = lazyPage(
  () => import('../features/admin/routes/users'),
  (qc) => import('../features/admin/api').then((api) => qc.prefetchInfiniteQuery(api.usersQueryOptions())),
);
const PartnerServices = lazyPage(
  () => import('../features/admin/routes/partner-services'),
  (qc) => qc.prefetchQuery(partnerServicesQueryOptions()),
);
// Pages whose filters live in the URL read them with the feature's own function, the one the page
// uses, so that the prefetched query has the page's key.
const Caseload = lazyPage(
  () => import('../features/caseload/routes/caseload'),
  (qc, { search }) =>
    import('../features/caseload/api').then((api) =>
      qc.prefetchInfiniteQuery(api.caseloadQueryOptions(api.caseloadStageFrom(search))),
    ),
);
const Agenda = lazyPage(() => import('../features/agenda/routes/agenda'));
const Referrals = lazyPage(
  () => import('../features/referrals/routes/referrals'),
  (qc, { search }) =>
    import('../features/referrals/api').then((api) =>
      qc.prefetchInfiniteQuery(api.referralsQueryOptions(api.referralStatusFrom(search))),
    ),
);
const NewReferral = lazyPage(() => import('../features/referrals/routes/new-referral'));
const ReferralDetail = lazyPage(
  () => import('../features/referrals/routes/referral-detail'),
  withId('referralId', (qc, id) =>
    import('../features/referrals/api').then((api) => qc.prefetchQuery(api.referralQueryOptions(id))),
  ),
);
const Households = lazyPage(
  () => import('../features/households/routes/households'),
  (qc, { search }) =>
    import('../features/households/api').then((api) =>
      qc.prefetchInfiniteQuery(api.householdSearchQueryOptions(api.householdSearchFrom(search))),
    ),
);
const HouseholdDetail = lazyPage(
  () => import('../features/households/routes/household-detail'),
  withId('householdId', (qc, id) =>
    import('../features/households/api').then((api) => qc.prefetchQuery(api.householdQueryOptions(id))),
  ),
);
const Cases = lazyPage(
  () => import('../features/cases/routes/cases'),
  (qc, { search }) =>
    import('../features/cases/api').then((api) =>
      qc.prefetchInfiniteQuery(api.casesQueryOptions(api.caseFiltersFrom(search))),
    ),
);
const CaseDetail = lazyPage(
  () => import('../features/cases/routes/case-detail'),
  withId('caseId', (qc, id) =>
    import('../features/cases/api').then((api) => qc.prefetchQuery(api.caseQueryOptions(id))),
  ),
);
const Plan = lazyPage(
  () => import('../features/breakthroughs/routes/plan'),
  withId('caseId', (qc, id) =>
    import('../features/breakthroughs/api').then((api) => qc.prefetchQuery(api.planQueryOptions(id))),
  ),
);
const NewBreakthrough = lazyPage(() => import('../features/breakthroughs/routes/new-breakthrough'));
const BreakthroughDetail = lazyPage(
  () => import('../features/breakthroughs/routes/breakthrough-detail'),
  withId('breakthroughId', (qc, id) =>
    import('../features/breakthroughs/api').then((api) => qc.prefetchQuery(api.breakthroughQueryOptions(id))),
  ),
);
const ApprovalQueue = lazyPage(
  () => import('../features/breakthroughs/routes/approval-queue'),
  (qc) =>
    import('../features/breakthroughs/api').then((api) => qc.prefetchInfiniteQuery(api.approvalQueueQueryOptions())),
);
const AvoidedCosts = lazyPage(() => import('../features/avoided-costs/routes/dashboard'));
const ActivityReport = lazyPage(
  () => import('../features/reports/routes/activity'),
  // Its filters depend on the role (site and worker); the page asks for nothing while the period is invalid.
  (qc, { search, me }) =>
    me
      ? import('../features/reports/api').then((api) => {
          const query = api.activityQueryFrom(search, me.role);
          return api.activityQueryValid(query) ? qc.prefetchQuery(api.activityReportQueryOptions(query)) : undefined;
        })
      : Promise.resolve(),
);
const TeamDashboard = lazyPage(
  () => import('../features/reports/routes/team'),
  (qc) => import('../features/reports/api').then((api) => qc.prefetchQuery(api.teamDashboardQueryOptions())),
);
const TwoFactor = lazyPage(() => import('../features/auth/routes/two-factor'));
const Catalogue = lazyPage(
  () => import('../features/admin/routes/catalogue'),
  (qc) => qc.prefetchQuery(costCatalogueQueryOptions(true)),
);
const Retention = lazyPage(
  () => import('../features/admin/routes/retention'),
  (qc) => import('../features/admin/api').then((api) => qc.prefetchInfiniteQuery(api.retentionPreviewQueryOptions())),
);
const CaseSettings = lazyPage(
  () => import('../features/admin/routes/case-settings'),
  (qc) => import('../features/admin/api').then((api) => qc.prefetchQuery(api.caseSettingsQueryOptions())),
);
const PersonExport = lazyPage(() => import('../features/households/routes/person-export'));
const HouseholdPrintSummary = lazyPage(
  () => import('../features/households/routes/household-summary'),
  withId('householdId', (qc, id) =>
    import('../features/households/api').then((api) => qc.prefetchQuery(api.householdSummaryQueryOptions(id))),
  ),
);
const Programs = lazyPage(
  () => import('../features/admin/routes/programs'),
  (qc) => import('../features/admin/api').then((api) => qc.prefetchQuery(api.allProgramsQueryOptions())),
);
// The help desk and the audit trail open unfiltered (their filters are the page's state, not the URL's).
const HelpDesk = lazyPage(
  () => import('../features/helpdesk/routes/help-desk'),
  (qc) => import('../features/helpdesk/api').then((api) => qc.prefetchInfiniteQuery(api.inquiriesQueryOptions({}))),
);
const Audit = lazyPage(
  () => import('../features/admin/routes/audit'),
  (qc) =>
    import('../features/admin/api').then((api) =>
      Promise.all([
        qc.prefetchInfiniteQuery(api.auditQueryOptions({})),
        qc.prefetchInfiniteQuery(api.usersQueryOptions()),
      ]),
    ),
);
const OurCases = lazyPage(
  () => import('../features/partner/routes/our-cases'),
  (qc) => import('../features/partner/api').then((api) => qc.prefetchInfiniteQuery(api.ourCasesQueryOptions())),
);
const OurCase = lazyPage(
  () => import('../features/partner/routes/our-case'),
  withId('caseId', (qc, id) =>
    import('../features/partner/api').then((api) => qc.prefetchQuery(api.ourCaseQueryOptions(id))),
  ),
);

/** The referral pages serve two entries: the coordinators' inbox and the partners' own referrals. */
const REFERRAL_AREAS = ['referralInbox', 'referrals'] as const;

export const routes: RouteObject[] = [
  {
    errorElement: <ErrorPage />,
    children: [
      {
        path: '/login',
        loader: SignIn.loader,
        element: (
          <Suspense fallback={<PageLoader />}>
            <SignIn.Page />
          </Suspense>
        ),
      },
      {
        path: '/',
        element: (
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        ),
        children: [
          {
            // Errors inside a page keep the header and navigation around them.
            errorElement: <ErrorPage />,
            children: [
              {
                // "My day" for case workers and coordinators, the module overview for the others.
                loader: (args) => {
                  Home.loader(args);
                  return MyDay.loader(args);
                },
                index: true,
                element: <StartPage myDay={MyDay.Page} home={Home.Page} />,
              },
              { loader: TwoFactor.loader, path: 'account/two-factor', element: <TwoFactor.Page /> },
              {
                path: 'caseload',
                loader: Caseload.loader,
                element: (
                  <RequireRole area="caseload">
                    <Caseload.Page />
                  </RequireRole>
                ),
              },
              {
                path: 'agenda',
                loader: Agenda.loader,
                element: (
                  <RequireRole area="agenda">
                    <Agenda.Page />
                  </RequireRole>
                ),
              },
              {
                path: 'referrals',
                children: [
                  {
                    index: true,
                    loader: Referrals.loader,
                    element: (
                      <RequireRole area={REFERRAL_AREAS}>
                        <Referrals.Page />
                      </RequireRole>
                    ),
                  },
                  {
                    path: 'new',
                    loader: NewReferral.loader,
                    element: (
                      <RequireRole area="newReferral">
                        <NewReferral.Page />
                      </RequireRole>
                    ),
                  },
                  {
                    path: ':referralId',
                    loader: ReferralDetail.loader,
                    element: (
                      <RequireRole area={REFERRAL_AREAS}>
                        <ReferralDetail.Page />
                      </RequireRole>
                    ),
                  },
                ],
              },
              {
                path: 'households',
                element: <RequireRole area="households" />,
                children: [
                  { loader: Households.loader, index: true, element: <Households.Page /> },
                  { loader: HouseholdDetail.loader, path: ':householdId', element: <HouseholdDetail.Page /> },
                  // Coordinators and admins only (the API refuses others with 403).
                  // The printable case summary (issue 18.6): same access as the file.
                  {
                    loader: HouseholdPrintSummary.loader,
                    path: ':householdId/summary',
                    element: <HouseholdPrintSummary.Page />,
                  },
                  {
                    loader: PersonExport.loader,
                    path: ':householdId/persons/:personId/export',
                    element: <PersonExport.Page />,
                  },
                ],
              },
              {
                path: 'cases',
                element: <RequireRole area="cases" />,
                children: [
                  { loader: Cases.loader, index: true, element: <Cases.Page /> },
                  { loader: CaseDetail.loader, path: ':caseId', element: <CaseDetail.Page /> },
                  // The breakthrough plan of a case (breakthrough-method programs), linked from the case page.
                  { loader: Plan.loader, path: ':caseId/plan', element: <Plan.Page /> },
                  {
                    loader: NewBreakthrough.loader,
                    path: ':caseId/plan/breakthroughs/new',
                    element: <NewBreakthrough.Page />,
                  },
                  {
                    loader: BreakthroughDetail.loader,
                    path: ':caseId/plan/breakthroughs/:breakthroughId',
                    element: <BreakthroughDetail.Page />,
                  },
                ],
              },
              {
                path: 'partner/cases',
                element: <RequireRole area="ourCases" />,
                children: [
                  { loader: OurCases.loader, index: true, element: <OurCases.Page /> },
                  { loader: OurCase.loader, path: ':caseId', element: <OurCase.Page /> },
                ],
              },
              {
                path: 'breakthroughs',
                loader: ApprovalQueue.loader,
                element: (
                  <RequireRole area="breakthroughs">
                    <ApprovalQueue.Page />
                  </RequireRole>
                ),
              },
              {
                path: 'avoided-costs',
                loader: AvoidedCosts.loader,
                element: (
                  <RequireRole area="avoidedCosts">
                    <AvoidedCosts.Page />
                  </RequireRole>
                ),
              },
              {
                path: 'reports',
                loader: ActivityReport.loader,
                element: (
                  <RequireRole area="reports">
                    <ActivityReport.Page />
                  </RequireRole>
                ),
              },
              {
                path: 'team',
                loader: TeamDashboard.loader,
                element: (
                  <RequireRole area="team">
                    <TeamDashboard.Page />
                  </RequireRole>
                ),
              },
              {
                path: 'help-desk',
                loader: HelpDesk.loader,
                element: (
                  <RequireRole area="helpDesk">
                    <HelpDesk.Page />
                  </RequireRole>
                ),
              },
              {
                path: 'admin',
                loader: AdminLayout.loader,
                element: (
                  <RequireRole area="admin">
                    <AdminLayout.Page />
                  </RequireRole>
                ),
                children: [
                  { index: true, element: <Navigate to="sites" replace /> },
                  { loader: Sites.loader, path: 'sites', element: <Sites.Page /> },
                  { loader: PartnerServices.loader, path: 'partner-services', element: <PartnerServices.Page /> },
                  { loader: Users.loader, path: 'users', element: <Users.Page /> },
                  { loader: Programs.loader, path: 'programs', element: <Programs.Page /> },
                  { loader: Catalogue.loader, path: 'catalogue', element: <Catalogue.Page /> },
                  { loader: Retention.loader, path: 'retention', element: <Retention.Page /> },
                  { loader: CaseSettings.loader, path: 'case-settings', element: <CaseSettings.Page /> },
                  { loader: Audit.loader, path: 'audit', element: <Audit.Page /> },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
