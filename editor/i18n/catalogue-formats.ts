import type { i18n } from 'i18next';
import { formatsFor, type InterfaceFormats } from './interface-formats';
import { intlLocale } from './intl-locale';

/**
 * The formats a catalogue can ask for, through the interface's own Intl formats:
 * `{{count, number}}` ("1,234", "1 234"), `{{day, date}}` for a calendar date ("2026-12-07" →
 * "7 déc. 2026") and `{{language, language}}` for a language code ("fr" → "French", "francese").
 * These replace i18next's own `number`, which hands every value of the message to Intl as an
 * option (a value named `unit` or `style` then breaks it).
 */
export function addCatalogueFormats(instance: i18n): void {
  const formatter = instance.services.formatter;
  if (!formatter) return;
  const made = new Map<string, InterfaceFormats>();
  const formats = (lng: string | undefined) => {
    const locale = intlLocale(lng ?? 'en');
    let found = made.get(locale);
    if (!found) made.set(locale, (found = formatsFor(locale)));
    return found;
  };
  formatter.add('number', (value: number, lng: string | undefined) => formats(lng).number(value));
  formatter.add('date', (value: string, lng: string | undefined) => formats(lng).date(value));
  formatter.add('language', (value: string, lng: string | undefined) => {
    try {
      return new Intl.DisplayNames([intlLocale(lng ?? 'en')], { type: 'language' }).of(value) ?? value;
    } catch {
      return value;
    }
  });
}
