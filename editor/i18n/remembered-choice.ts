import { type InterfaceLanguageChoice, interfaceLanguageChoiceSchema } from '../../shared/schema/interface-language';

const key = 'fact-sandwich:interface-language';

/**
 * The choice from Settings, kept in localStorage too: settings live in IndexedDB, which opens after
 * the first render, and a French-speaking officer should not see every page start in English.
 * Settings stay the source of truth; this copy only decides the first paint.
 */
export function rememberedChoice(): InterfaceLanguageChoice | undefined {
  try {
    const parsed = interfaceLanguageChoiceSchema.safeParse(globalThis.localStorage?.getItem(key));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // storage blocked (private mode, sandboxed frame): the browser's language decides
  }
}

export function rememberChoice(choice: InterfaceLanguageChoice): void {
  try {
    globalThis.localStorage?.setItem(key, choice);
  } catch {
    // Nothing lost: the next page reads the setting from the database a moment later.
  }
}
