import 'i18next';
import type en from '@/locales/en.json';

// Type-checked translation keys: t('signup.submit') compiles, t('signup.sumbit') does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}
