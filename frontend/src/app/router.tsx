import { Outlet, type RouteObject } from 'react-router';
import { SessionGate } from '@/features/auth';
import { MembersRoute } from '@/features/members';
import { ProfileRoute } from '@/features/profile';
import { SettingsRoute } from '@/features/settings';
import {
  MySurveysRoute,
  PublicSurveyRoute,
  StaffSurveyRoute,
  SurveyDistributionRoute,
  SurveyEditorRoute,
  SurveyIndexRedirect,
  SurveyLayout,
  SurveyResultsRoute,
  SurveysRoute,
} from '@/features/surveys';
import { AccountRoute, InvitationRoute } from '@/features/tenants';
import { UnitsRoute } from '@/features/units';
import { audienceOf, SURVEY_DESIGNERS } from '@/lib/permissions';
import { RootLayout } from './layout/RootLayout';
import { HomeRoute } from './routes/HomeRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { RequireRole } from './routes/RequireRole';
import { SignupRoute } from './routes/SignupRoute';

/** Pages for people without an account: no app shell, no sign-in, no tenant (see App). */
export const publicRoutes: RouteObject[] = [{ path: 's/:token', element: <PublicSurveyRoute /> }];

export const routes: RouteObject[] = [
  ...publicRoutes,
  {
    element: <RootLayout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'signup', element: <SignupRoute /> },
      // Signed in or not, no membership needed: the invitation a link opens, and the way into organizations.
      { path: 'invitations/:token', element: <InvitationRoute /> },
      { path: 'account', element: <AccountRoute /> },
      {
        // Pages for signed-in members of a selected tenant.
        element: (
          <SessionGate>
            <Outlet />
          </SessionGate>
        ),
        children: [
          {
            path: 'surveys',
            element: (
              <RequireRole audience={audienceOf('surveys')}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { index: true, element: <SurveysRoute /> },
              {
                path: ':id',
                element: <SurveyLayout />,
                children: [
                  { index: true, element: <SurveyIndexRedirect /> },
                  {
                    path: 'edit',
                    element: (
                      <RequireRole audience={SURVEY_DESIGNERS}>
                        <SurveyEditorRoute />
                      </RequireRole>
                    ),
                  },
                  {
                    path: 'distribution',
                    element: (
                      <RequireRole audience={SURVEY_DESIGNERS}>
                        <SurveyDistributionRoute />
                      </RequireRole>
                    ),
                  },
                  { path: 'results', element: <SurveyResultsRoute /> },
                ],
              },
            ],
          },
          {
            path: 'my-surveys',
            element: (
              <RequireRole audience={audienceOf('mySurveys')}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { index: true, element: <MySurveysRoute /> },
              { path: ':id', element: <StaffSurveyRoute /> },
            ],
          },
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
