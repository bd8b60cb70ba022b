import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { PageLoader } from '../components/page-loader';
import { AppShell } from './layout/app-shell';
import { ErrorPage } from './routes/error-page';
import { NotFoundPage } from './routes/not-found';
import { RequireAuth } from './routes/require-auth';
import { RequireRole } from './routes/require-role';

// Feature routes are split into their own chunks, loaded on first visit.
const SignInRoute = lazy(() => import('../features/auth/routes/sign-in'));
const HomeRoute = lazy(() => import('../features/home/routes/home'));
const AdminLayout = lazy(() => import('../features/admin/routes/admin-layout'));
const SitesRoute = lazy(() => import('../features/admin/routes/sites'));
const UsersRoute = lazy(() => import('../features/admin/routes/users'));
const PartnerServicesRoute = lazy(() => import('../features/admin/routes/partner-services'));
const CaseloadRoute = lazy(() => import('../features/caseload/routes/caseload'));
const AgendaRoute = lazy(() => import('../features/agenda/routes/agenda'));
const ReferralsRoute = lazy(() => import('../features/referrals/routes/referrals'));
const NewReferralRoute = lazy(() => import('../features/referrals/routes/new-referral'));
const ReferralDetailRoute = lazy(() => import('../features/referrals/routes/referral-detail'));
const HouseholdsRoute = lazy(() => import('../features/households/routes/households'));
const HouseholdDetailRoute = lazy(() => import('../features/households/routes/household-detail'));
const CasesRoute = lazy(() => import('../features/cases/routes/cases'));
const CaseDetailRoute = lazy(() => import('../features/cases/routes/case-detail'));
const PlanRoute = lazy(() => import('../features/breakthroughs/routes/plan'));
const NewBreakthroughRoute = lazy(() => import('../features/breakthroughs/routes/new-breakthrough'));
const BreakthroughDetailRoute = lazy(() => import('../features/breakthroughs/routes/breakthrough-detail'));
const ApprovalQueueRoute = lazy(() => import('../features/breakthroughs/routes/approval-queue'));
const AvoidedCostsRoute = lazy(() => import('../features/avoided-costs/routes/dashboard'));
const ActivityReportRoute = lazy(() => import('../features/reports/routes/activity'));
const TeamDashboardRoute = lazy(() => import('../features/reports/routes/team'));
const TwoFactorRoute = lazy(() => import('../features/auth/routes/two-factor'));
const CatalogueRoute = lazy(() => import('../features/admin/routes/catalogue'));
const RetentionRoute = lazy(() => import('../features/admin/routes/retention'));
const PersonExportRoute = lazy(() => import('../features/households/routes/person-export'));
const ProgramsRoute = lazy(() => import('../features/admin/routes/programs'));
const HelpDeskRoute = lazy(() => import('../features/helpdesk/routes/help-desk'));
const AuditRoute = lazy(() => import('../features/admin/routes/audit'));
const OurCasesRoute = lazy(() => import('../features/partner/routes/our-cases'));
const OurCaseRoute = lazy(() => import('../features/partner/routes/our-case'));

/** The referral pages serve two entries: the coordinators' inbox and the partners' own referrals. */
const REFERRAL_AREAS = ['referralInbox', 'referrals'] as const;

export const routes: RouteObject[] = [
  {
    errorElement: <ErrorPage />,
    children: [
      {
        path: '/login',
        element: (
          <Suspense fallback={<PageLoader />}>
            <SignInRoute />
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
              { index: true, element: <HomeRoute /> },
              { path: 'account/two-factor', element: <TwoFactorRoute /> },
              {
                path: 'caseload',
                element: (
                  <RequireRole area="caseload">
                    <CaseloadRoute />
                  </RequireRole>
                ),
              },
              {
                path: 'agenda',
                element: (
                  <RequireRole area="agenda">
                    <AgendaRoute />
                  </RequireRole>
                ),
              },
              {
                path: 'referrals',
                children: [
                  {
                    index: true,
                    element: (
                      <RequireRole area={REFERRAL_AREAS}>
                        <ReferralsRoute />
                      </RequireRole>
                    ),
                  },
                  {
                    path: 'new',
                    element: (
                      <RequireRole area="newReferral">
                        <NewReferralRoute />
                      </RequireRole>
                    ),
                  },
                  {
                    path: ':referralId',
                    element: (
                      <RequireRole area={REFERRAL_AREAS}>
                        <ReferralDetailRoute />
                      </RequireRole>
                    ),
                  },
                ],
              },
              {
                path: 'households',
                element: <RequireRole area="households" />,
                children: [
                  { index: true, element: <HouseholdsRoute /> },
                  { path: ':householdId', element: <HouseholdDetailRoute /> },
                  // Coordinators and admins only (the API refuses others with 403).
                  { path: ':householdId/persons/:personId/export', element: <PersonExportRoute /> },
                ],
              },
              {
                path: 'cases',
                element: <RequireRole area="cases" />,
                children: [
                  { index: true, element: <CasesRoute /> },
                  { path: ':caseId', element: <CaseDetailRoute /> },
                  // The breakthrough plan of a case (breakthrough-method programs), linked from the case page.
                  { path: ':caseId/plan', element: <PlanRoute /> },
                  { path: ':caseId/plan/breakthroughs/new', element: <NewBreakthroughRoute /> },
                  { path: ':caseId/plan/breakthroughs/:breakthroughId', element: <BreakthroughDetailRoute /> },
                ],
              },
              {
                path: 'partner/cases',
                element: <RequireRole area="ourCases" />,
                children: [
                  { index: true, element: <OurCasesRoute /> },
                  { path: ':caseId', element: <OurCaseRoute /> },
                ],
              },
              {
                path: 'breakthroughs',
                element: (
                  <RequireRole area="breakthroughs">
                    <ApprovalQueueRoute />
                  </RequireRole>
                ),
              },
              {
                path: 'avoided-costs',
                element: (
                  <RequireRole area="avoidedCosts">
                    <AvoidedCostsRoute />
                  </RequireRole>
                ),
              },
              {
                path: 'reports',
                element: (
                  <RequireRole area="reports">
                    <ActivityReportRoute />
                  </RequireRole>
                ),
              },
              {
                path: 'team',
                element: (
                  <RequireRole area="team">
                    <TeamDashboardRoute />
                  </RequireRole>
                ),
              },
              {
                path: 'help-desk',
                element: (
                  <RequireRole area="helpDesk">
                    <HelpDeskRoute />
                  </RequireRole>
                ),
              },
              {
                path: 'admin',
                element: (
                  <RequireRole area="admin">
                    <AdminLayout />
                  </RequireRole>
                ),
                children: [
                  { index: true, element: <Navigate to="sites" replace /> },
                  { path: 'sites', element: <SitesRoute /> },
                  { path: 'partner-services', element: <PartnerServicesRoute /> },
                  { path: 'users', element: <UsersRoute /> },
                  { path: 'programs', element: <ProgramsRoute /> },
                  { path: 'catalogue', element: <CatalogueRoute /> },
                  { path: 'retention', element: <RetentionRoute /> },
                  { path: 'audit', element: <AuditRoute /> },
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
