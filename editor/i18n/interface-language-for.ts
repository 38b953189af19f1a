import { type InterfaceLanguage, type InterfaceLanguageChoice, interfaceLanguageSchema } from '../../shared/schema/interface-language';

/**
 * The language the interface speaks: the one chosen in Settings, or on 'auto' the first of the
 * browser's preferred languages (navigator.languages) that it has a catalogue for — "de-AT" is
 * German — and English when none is.
 */
export function interfaceLanguageFor(choice: InterfaceLanguageChoice | undefined, preferred: readonly string[]): InterfaceLanguage {
  if (choice && choice !== 'auto') return choice;
  for (const tag of preferred) {
    const primary = interfaceLanguageSchema.safeParse(tag.split('-')[0]?.toLowerCase());
    if (primary.success) return primary.data;
  }
  return 'en';
}
