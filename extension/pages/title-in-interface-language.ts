import { interfaceI18n } from '../../editor/i18n/interface-i18n';

/**
 * Keeps an extension page's title — the name on its browser tab — in the interface language, and
 * in step when the language changes in Settings. The HTML's own title is the English one, for the
 * moment before the catalogue loads.
 */
export function titleInInterfaceLanguage(title: () => string): void {
  const update = () => {
    document.title = title();
  };
  update();
  interfaceI18n.on('languageChanged', update);
}
