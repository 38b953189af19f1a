import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { interfaceLanguageSchema } from '../../shared/schema/interface-language';
import { addCatalogueFormats } from './catalogue-formats';
import en from './locales/en';

export type Namespace = keyof typeof en;
/** The catalogue's areas, one per part of the interface (one file each in locales/<lang>/). */
export const namespaces = Object.keys(en) as Namespace[];

/**
 * The interface's one i18next instance. English is bundled and ready before the first render (it
 * is also the fallback for a key a catalogue lacks, which the catalogue test forbids); the other
 * languages load on demand (load-catalogue.ts). Synchronous start, so a component rendered in a
 * unit test speaks English with no setup.
 */
export const interfaceI18n = i18next.createInstance();
void interfaceI18n.use(initReactI18next).init({
  resources: { en },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: interfaceLanguageSchema.options,
  ns: namespaces,
  defaultNS: 'common',
  // React escapes what it renders; escaping here too would show "&amp;" to people.
  interpolation: { escapeValue: false },
  initAsync: false,
  // The other catalogues arrive later through addResourceBundle; nothing is fetched by i18next itself.
  partialBundledLanguages: true,
});
addCatalogueFormats(interfaceI18n);
