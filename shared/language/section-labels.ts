import type { SectionId } from '../schema/draft';

/** The names people see and screen readers announce for the four sections. */
export const sectionLabels: Record<SectionId, string> = {
  fact: 'Fact',
  myth: 'Myth warning',
  explanation: 'Explanation',
  factAgain: 'Fact again',
};
