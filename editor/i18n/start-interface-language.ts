import { interfaceLanguageFor } from './interface-language-for';
import { switchInterfaceLanguage } from './load-catalogue';
import { rememberedChoice } from './remembered-choice';

/**
 * Picks the interface language before the first render and loads its catalogue, so a page opens
 * in its language. A catalogue that fails to load leaves the page in English rather than blank.
 */
export async function startInterfaceLanguage(): Promise<void> {
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  try {
    await switchInterfaceLanguage(interfaceLanguageFor(rememberedChoice(), preferred));
  } catch {
    await switchInterfaceLanguage('en');
  }
}
