import { Outlet, type RouteObject } from 'react-router';
import { SessionGate } from '@/features/auth';
import { MembersRoute } from '@/features/members';
import { ProfileRoute } from '@/features/profile';
import { SettingsRoute } from '@/features/settings';
import { UnitsRoute } from '@/features/units';
import { audienceOf } from '@/lib/permissions';
import { RootLayout } from './layout/RootLayout';
import { HomeRoute } from './routes/HomeRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { RequireRole } from './routes/RequireRole';
import { SignupRoute } from './routes/SignupRoute';

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'signup', element: <SignupRoute /> },
      {
        // Pages for signed-in members of a selected tenant.
        element: (
          <SessionGate>
            <Outlet />
          </SessionGate>
        ),
        children: [
          {
            path: 'members',
            element: (
              <RequireRole audience={audienceOf('members')}>
                <MembersRoute />
              </RequireRole>
            ),
          },
          {
            path: 'units',
            element: (
              <RequireRole audience={audienceOf('units')}>
                <UnitsRoute />
              </RequireRole>
            ),
          },
          {
            path: 'settings',
            element: (
              <RequireRole audience={audienceOf('settings')}>
                <SettingsRoute />
              </RequireRole>
            ),
          },
          {
            path: 'profile',
            element: (
              <RequireRole audience={audienceOf('profile')}>
                <ProfileRoute />
              </RequireRole>
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
