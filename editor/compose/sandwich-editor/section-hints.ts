import type { SectionId } from '../../../shared/schema/draft';

/** One line under each section's label: what the section is for, in the method's own words. */
export const sectionHints: Record<SectionId, string> = {
  fact: 'The truth, first, in a few clear words.',
  myth: 'Warn, then state the myth once, briefly, in neutral words.',
  explanation: 'How the myth misleads, and what really explains it. Three points at most.',
  factAgain: 'Repeat the fact, and name your source.',
};
