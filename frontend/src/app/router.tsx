import { Outlet, type RouteObject } from 'react-router';
import { SessionGate } from '@/features/auth';
import { isPublicComplaintPath } from '@/features/complaints';
import { MembersRoute } from '@/features/members';
import { ProfileRoute } from '@/features/profile';
// The path check alone, not the promises feature's index: that brings the panels other pages compose, which would
// otherwise land in the first chunk every visitor loads.
import { isPublicPromisePath } from '@/features/promises/utils/public-path';
import { SettingsRoute } from '@/features/settings';
import {
  isPublicSurveyPath,
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
import { AccountRoute, InvitationRoute, MyInvitations } from '@/features/tenants';
import { UnitsRoute } from '@/features/units';
import {
  audienceOf,
  COMPLAINT_MANAGERS,
  PROMISE_RECORDERS,
  PROMISE_STATS_READERS,
  SLA_REPORT_READERS,
  SURVEY_DESIGNERS,
} from '@/lib/permissions';
import { RootLayout } from './layout/RootLayout';
import { HomeRoute } from './routes/HomeRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { RequireRole } from './routes/RequireRole';
import { SignupRoute } from './routes/SignupRoute';

// The customers feature's pages load on first use, each in its own chunk (the unsubscribe page for customers
// without an account, the directory for managers).
const customerPage = (load: () => Promise<RouteObject['Component']>): RouteObject['lazy'] => async () => ({ Component: await load() });
const customersRoute = customerPage(async () => (await import('@/features/customers/routes/CustomersRoute')).CustomersRoute);
// The customer's page comes with the promises made to them (composed in the app: see CustomerPage).
const customerRoute = customerPage(async () => (await import('./routes/CustomerPage')).CustomerPage);
const customerImportRoute = customerPage(
  async () => (await import('@/features/customers/routes/CustomerImportRoute')).CustomerImportRoute,
);
const contactPolicyRoute = customerPage(
  async () => (await import('@/features/customers/routes/ContactPolicyRoute')).ContactPolicyRoute,
);
const unsubscribeRoute = customerPage(async () => (await import('@/features/customers/routes/UnsubscribeRoute')).UnsubscribeRoute);
// So do the complaints feature's: the public form and status page for customers, the inbox and pages for staff.
const publicComplaintRoute = customerPage(
  async () => (await import('@/features/complaints/routes/PublicComplaintRoute')).PublicComplaintRoute,
);
const complaintStatusRoute = customerPage(
  async () => (await import('@/features/complaints/routes/ComplaintStatusRoute')).ComplaintStatusRoute,
);
const complaintsInboxRoute = customerPage(
  async () => (await import('@/features/complaints/routes/ComplaintsInboxRoute')).ComplaintsInboxRoute,
);
// The complaint's page comes with its promises and the way to promise something (composed in the app: see ComplaintPage).
const complaintRoute = customerPage(async () => (await import('./routes/ComplaintPage')).ComplaintPage);
const complaintSettingsRoute = customerPage(
  async () => (await import('@/features/complaints/routes/ComplaintSettingsRoute')).ComplaintSettingsRoute,
);
const slaPoliciesRoute = customerPage(async () => (await import('@/features/complaints/routes/SlaPoliciesRoute')).SlaPoliciesRoute);
const slaReportRoute = customerPage(async () => (await import('@/features/complaints/routes/SlaReportRoute')).SlaReportRoute);
// The promise statistics (kept rate, scores after kept vs broken promises) and the promise settings.
const keptRateRoute = customerPage(async () => (await import('@/features/promises/stats/routes/KeptRateRoute')).KeptRateRoute);
const promiseSettingsRoute = customerPage(
  async () => (await import('@/features/promises/stats/routes/PromiseSettingsRoute')).PromiseSettingsRoute,
);
// The promises feature's pages: the customer's status page of a promise, and the list, calendar, form and page of
// a promise for staff.
const promiseStatusRoute = customerPage(async () => (await import('@/features/promises/routes/PromiseStatusRoute')).PromiseStatusRoute);
const promisesRoute = customerPage(async () => (await import('@/features/promises/routes/PromisesRoute')).PromisesRoute);
const promiseCalendarRoute = customerPage(
  async () => (await import('@/features/promises/routes/PromiseCalendarRoute')).PromiseCalendarRoute,
);
const newPromiseRoute = customerPage(async () => (await import('@/features/promises/routes/NewPromiseRoute')).NewPromiseRoute);
const promiseRoute = customerPage(async () => (await import('@/features/promises/routes/PromiseRoute')).PromiseRoute);
// The calendars page for admins (SLA clocks count working time on them).
const calendarsRoute = customerPage(async () => (await import('@/features/calendars/routes/CalendarsRoute')).CalendarsRoute);

/** Pages for people without an account: no app shell, no sign-in, no tenant (see App). */
export const publicRoutes: RouteObject[] = [
  { path: 's/:token', element: <PublicSurveyRoute /> },
  { path: 'u/:token', lazy: unsubscribeRoute },
  { path: 'complain/:token', lazy: publicComplaintRoute },
  { path: 'complaint-status/:token', lazy: complaintStatusRoute },
  { path: 'promise-status/:token', lazy: promiseStatusRoute },
];

/**
 * True for the addresses of the public pages: survey links (/s/<token>), unsubscribe links (/u/<token>), the
 * complaint form (/complain/<token>), a complaint's status page (/complaint-status/<token>) and a promise's
 * status page (/promise-status/<token>).
 */
export function isPublicPath(pathname: string): boolean {
  return (
    isPublicSurveyPath(pathname) ||
    /^\/u\/[^/]+\/?$/.test(pathname) ||
    isPublicComplaintPath(pathname) ||
    isPublicPromisePath(pathname)
  );
}

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
            path: 'customers',
            element: (
              <RequireRole audience={audienceOf('customers')}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { index: true, lazy: customersRoute },
              { path: 'import', lazy: customerImportRoute },
              { path: 'contact-policy', lazy: contactPolicyRoute },
              { path: ':id', lazy: customerRoute },
            ],
          },
          {
            path: 'complaints',
            children: [
              // The SLA report is also for executives, who handle no complaints.
              {
                path: 'sla-report',
                element: (
                  <RequireRole audience={SLA_REPORT_READERS}>
                    <Outlet />
                  </RequireRole>
                ),
                children: [{ index: true, lazy: slaReportRoute }],
              },
              {
                element: (
                  <RequireRole audience={audienceOf('complaints')}>
                    <Outlet />
                  </RequireRole>
                ),
                children: [
                  { index: true, lazy: complaintsInboxRoute },
                  {
                    element: (
                      <RequireRole audience={COMPLAINT_MANAGERS}>
                        <Outlet />
                      </RequireRole>
                    ),
                    children: [
                      { path: 'settings', lazy: complaintSettingsRoute },
                      { path: 'sla-policies', lazy: slaPoliciesRoute },
                    ],
                  },
                  { path: ':id', lazy: complaintRoute },
                ],
              },
            ],
          },
          // The promise statistics are also for executives, who record no promises; the settings are read by everyone.
          {
            path: 'promises/kept-rate',
            element: (
              <RequireRole audience={PROMISE_STATS_READERS}>
                <Outlet />
              </RequireRole>
            ),
            children: [{ index: true, lazy: keptRateRoute }],
          },
          { path: 'promises/settings', lazy: promiseSettingsRoute },
          {
            path: 'promises',
            element: (
              <RequireRole audience={audienceOf('promises')}>
                <Outlet />
              </RequireRole>
            ),
            children: [
              { index: true, lazy: promisesRoute },
              { path: 'calendar', lazy: promiseCalendarRoute },
              {
                path: 'new',
                element: (
                  <RequireRole audience={PROMISE_RECORDERS}>
                    <Outlet />
                  </RequireRole>
                ),
                children: [{ index: true, lazy: newPromiseRoute }],
              },
              { path: ':id', lazy: promiseRoute },
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
            path: 'calendars',
            element: (
              <RequireRole audience={audienceOf('calendars')}>
                <Outlet />
              </RequireRole>
            ),
            children: [{ index: true, lazy: calendarsRoute }],
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
                <ProfileRoute invitations={<MyInvitations />} />
              </RequireRole>
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
