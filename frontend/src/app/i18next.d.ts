import 'i18next';
import type { resources } from './i18n';

// Type-checked translation keys: t('signup.submit') compiles in the tenants namespace, t('signup.sumbit') does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    fallbackNS: 'common';
    resources: (typeof resources)['en'];
    returnNull: false;
  }
}
