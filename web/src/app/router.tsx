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
                  { path: 'users', element: <UsersRoute /> },
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
