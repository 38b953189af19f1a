import type { InterfaceLanguage } from '../../shared/schema/interface-language';
import { interfaceI18n, namespaces } from './interface-i18n';

type Catalogue = Record<string, Record<string, unknown>>;

// One chunk per language, loaded only when chosen: the first page carries English alone.
const catalogues: Record<Exclude<InterfaceLanguage, 'en'>, () => Promise<{ default: Catalogue }>> = {
  fr: () => import('./locales/fr'),
  de: () => import('./locales/de'),
  es: () => import('./locales/es'),
  it: () => import('./locales/it'),
};

/** Loads the language's catalogue if needed, switches the interface to it, and tells the page (<html lang>). */
export async function switchInterfaceLanguage(language: InterfaceLanguage): Promise<void> {
  if (language !== 'en' && !interfaceI18n.hasResourceBundle(language, 'common')) {
    const { default: catalogue } = await catalogues[language]();
    for (const namespace of namespaces) interfaceI18n.addResourceBundle(language, namespace, catalogue[namespace] ?? {}, true, true);
  }
  if (interfaceI18n.language !== language) await interfaceI18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
