import i18next, { type i18n } from 'i18next';
import type { InterfaceLanguage } from '../../../shared/schema/interface-language';
import { addCatalogueFormats } from '../catalogue-formats';
import de from '../locales/de';
import en from '../locales/en';
import es from '../locales/es';
import fr from '../locales/fr';
import it_ from '../locales/it';

const catalogues: Record<InterfaceLanguage, unknown> = { en, fr, de, es, it: it_ };

/** An i18next of its own in one language, English behind it, with the catalogues' formats: for tests. */
export function instanceIn(language: InterfaceLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en, [language]: catalogues[language] } as never,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  addCatalogueFormats(instance);
  return instance;
}
