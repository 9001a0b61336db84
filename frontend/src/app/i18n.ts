import authDe from '@/features/auth/locales/de.json';
import authEn from '@/features/auth/locales/en.json';
import calendarsDe from '@/features/calendars/locales/de.json';
import calendarsEn from '@/features/calendars/locales/en.json';
import complaintsDe from '@/features/complaints/locales/de.json';
import complaintsEn from '@/features/complaints/locales/en.json';
import customersDe from '@/features/customers/locales/de.json';
import customersEn from '@/features/customers/locales/en.json';
import dashboardDe from '@/features/dashboard/locales/de.json';
import dashboardEn from '@/features/dashboard/locales/en.json';
import landingDe from '@/features/landing/locales/de.json';
import landingEn from '@/features/landing/locales/en.json';
import membersDe from '@/features/members/locales/de.json';
import membersEn from '@/features/members/locales/en.json';
import notificationsDe from '@/features/notifications/locales/de.json';
import notificationsEn from '@/features/notifications/locales/en.json';
import promisesDe from '@/features/promises/locales/de.json';
import promisesEn from '@/features/promises/locales/en.json';
import profileDe from '@/features/profile/locales/de.json';
import profileEn from '@/features/profile/locales/en.json';
import promiseStatsDe from '@/features/promises/stats/locales/de.json';
import promiseStatsEn from '@/features/promises/stats/locales/en.json';
import settingsDe from '@/features/settings/locales/de.json';
import settingsEn from '@/features/settings/locales/en.json';
import surveysDe from '@/features/surveys/locales/de.json';
import surveysEn from '@/features/surveys/locales/en.json';
import tenantsDe from '@/features/tenants/locales/de.json';
import tenantsEn from '@/features/tenants/locales/en.json';
import unitsDe from '@/features/units/locales/de.json';
import unitsEn from '@/features/units/locales/en.json';
import { initI18n, type Language } from '@/lib/i18n';
import commonDe from '@/locales/de.json';
import commonEn from '@/locales/en.json';

/**
 * Every i18next namespace: `common` for shared texts (buttons, errors, validation, navigation, roles) and one per
 * feature, which its components name in `useTranslation('<feature>')`. A feature's keys fall back to `common`.
 */
export const resources = {
  en: {
    common: commonEn,
    auth: authEn,
    calendars: calendarsEn,
    complaints: complaintsEn,
    customers: customersEn,
    dashboard: dashboardEn,
    landing: landingEn,
    members: membersEn,
    notifications: notificationsEn,
    profile: profileEn,
    promiseStats: promiseStatsEn,
    promises: promisesEn,
    settings: settingsEn,
    surveys: surveysEn,
    tenants: tenantsEn,
    units: unitsEn,
  },
  de: {
    common: commonDe,
    auth: authDe,
    calendars: calendarsDe,
    complaints: complaintsDe,
    customers: customersDe,
    dashboard: dashboardDe,
    landing: landingDe,
    members: membersDe,
    notifications: notificationsDe,
    profile: profileDe,
    promiseStats: promiseStatsDe,
    promises: promisesDe,
    settings: settingsDe,
    surveys: surveysDe,
    tenants: tenantsDe,
    units: unitsDe,
  },
} as const;

export function initAppI18n(language?: Language) {
  return initI18n(resources, language);
}
