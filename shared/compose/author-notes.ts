import type { EntryWords } from './draft-language';

/**
 * How a note meant for the writer alone is labelled, wherever notes are shown (editor, side
 * panel, CLI): the entry's caveats and guidance are never part of the draft, and say so.
 */
export const forYouNotForThePost = 'For you, not for the post';

/** The entry's caveats and guidance, in the draft's language, as labelled notes beside the draft. */
export function authorNotes(words: Pick<EntryWords, 'caveats' | 'guidance'>): string[] {
  return [
    ...words.caveats.map((caveat) => `${forYouNotForThePost} — a limit of the evidence: ${caveat}`),
    ...words.guidance.map((advice) => `${forYouNotForThePost} — how to use this entry: ${advice}`),
  ];
}

/** Whether a note is one of these (the editor sets them apart from notes about how the draft was made). */
export function isAuthorNote(note: string): boolean {
  return note.startsWith(forYouNotForThePost);
}
