import type en from './locales/en';

// Keys are checked by the compiler: t('library:nope') does not build.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof en;
  }
}
