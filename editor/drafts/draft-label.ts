import type { Draft } from '../../shared/schema';
import { interfaceI18n } from '../i18n/interface-i18n';

const wordsShown = 8;

/**
 * What a list calls a draft: its title, else the first words of its fact, else "Untitled draft" in
 * the interface's language. Also the name a duplicate is given, so it is called from event handlers
 * as well as from rendering; hence the instance, not a hook.
 */
export function draftLabel(draft: Pick<Draft, 'title' | 'sections'>): string {
  const title = draft.title.trim();
  if (title) return title;
  const words = draft.sections.fact.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return interfaceI18n.t('drafts:untitled');
  return words.length > wordsShown ? `${words.slice(0, wordsShown).join(' ')}…` : words.join(' ');
}
