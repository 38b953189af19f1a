import type { i18n } from 'i18next';
import { formatSize } from '../../shared/bundle/format-size';
import { formatsFor, type InterfaceFormats } from './interface-formats';
import { intlLocale } from './intl-locale';

/**
 * The formats a catalogue can ask for, through the interface's own Intl formats:
 * `{{count, number}}` ("1,234", "1 234"), `{{day, date}}` for a calendar date ("2026-12-07" →
 * "7 déc. 2026"), `{{language, language}}` for a language code ("fr" → "French", "francese") and
 * `{{bytes, size}}` for a file size ("5 MB", "5 Mo"; English as shared code writes it, "4 KB"), and
 * `{{what, capitalize}}` for words from a value table that open a sentence in one message and
 * follow a verb in another ("le fichier" → "Le fichier").
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
  formatter.add('size', (bytes: number, lng: string | undefined) => {
    const locale = intlLocale(lng ?? 'en');
    if (locale.startsWith('en')) return formatSize(bytes);
    const [unit, amount] =
      bytes >= 1024 * 1024 ? ['megabyte', bytes / (1024 * 1024)] : bytes >= 1024 ? ['kilobyte', bytes / 1024] : ['byte', bytes];
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: unit === 'byte' ? 'long' : 'short',
      maximumFractionDigits: 1,
    }).format(amount);
  });
  formatter.add('capitalize', (value: string, lng: string | undefined) => value.charAt(0).toLocaleUpperCase(lng) + value.slice(1));
  formatter.add('language', (value: string, lng: string | undefined) => {
    try {
      return new Intl.DisplayNames([intlLocale(lng ?? 'en')], { type: 'language' }).of(value) ?? value;
    } catch {
      return value;
    }
  });
}
