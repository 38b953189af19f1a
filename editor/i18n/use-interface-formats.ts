import { useMemo } from 'react';
import { formatsFor, type InterfaceFormats } from './interface-formats';
import { intlLocale } from './intl-locale';
import { useTranslation } from './use-translation';

/** The formats of the interface's current language; a component re-renders when the language changes. */
export function useInterfaceFormats(): InterfaceFormats {
  const { i18n } = useTranslation();
  return useMemo(() => formatsFor(intlLocale(i18n.language)), [i18n.language]);
}
