import type { Draft } from '../../shared/schema';

const wordsShown = 8;

/** What a list calls a draft: its title, else the first words of its fact, else "Untitled draft". */
export function draftLabel(draft: Pick<Draft, 'title' | 'sections'>): string {
  const title = draft.title.trim();
  if (title) return title;
  const words = draft.sections.fact.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 'Untitled draft';
  return words.length > wordsShown ? `${words.slice(0, wordsShown).join(' ')}…` : words.join(' ');
}
