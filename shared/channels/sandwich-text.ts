import { sectionIds, type Sandwich, type SectionId } from '../schema/draft';

/** Sections are posted as paragraphs: one blank line between them. */
export const sectionSeparator = '\n\n';

export type SandwichText = {
  /** The text as it will be posted: the four sections trimmed, blank ones left out. */
  text: string;
  /** Where each section's trimmed text sits in `text`, and where it started in the section. */
  parts: { section: SectionId; start: number; end: number; trimmedFrom: number }[];
};

/**
 * The single definition of "the post": the channel counter counts exactly this, and copying or
 * exporting a draft copies exactly this.
 */
export function sandwichToText(sandwich: Sandwich): SandwichText {
  let text = '';
  const parts: SandwichText['parts'] = [];
  for (const section of sectionIds) {
    const raw = sandwich[section];
    const trimmed = raw.trim();
    if (!trimmed) continue;
    if (text) text += sectionSeparator;
    parts.push({ section, start: text.length, end: text.length + trimmed.length, trimmedFrom: raw.indexOf(trimmed) });
    text += trimmed;
  }
  return { text, parts };
}

/** Maps an offset in the posted text back to a section and an offset in that section's own text. */
export function locateInSandwich(sandwichText: SandwichText, offset: number): { section: SectionId; offset: number } | undefined {
  const part = sandwichText.parts.find((candidate) => offset < candidate.end) ?? sandwichText.parts.at(-1);
  if (!part) return undefined;
  const within = Math.min(Math.max(offset - part.start, 0), part.end - part.start);
  return { section: part.section, offset: part.trimmedFrom + within };
}
