import type { Entry } from '../schema/entry';
import type { Language } from '../schema/language';
import { draftPhrases } from './draft-phrases';

/** How much of the source a draft names: publisher, year and link; the publisher; or its short name. */
export type SourceForm = 'with-link' | 'publisher' | 'short';

/**
 * Names the entry's first source: "Source: Full Fact, 2024, https://…". The short form keeps
 * an acronym the publisher gives for itself ("Office for National Statistics (ONS)" → "ONS") and
 * drops other asides in brackets, so a short post still says who found the fact.
 */
export function sourceReference(entry: Entry, language: Language, form: SourceForm): string {
  const source = entry.sources[0]!;
  const label = draftPhrases[language].sourceLabel;
  if (form === 'with-link') return `${label}${source.publisher}, ${source.year}, ${source.url}`;
  return `${label}${form === 'short' ? shortPublisher(source.publisher) : source.publisher}`;
}

function shortPublisher(publisher: string): string {
  const acronym = /^[^(]*\(([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\)(.*)$/u.exec(publisher);
  if (acronym) return `${acronym[1]}${acronym[2]}`.trim();
  return publisher.replace(/\s*\([^)]*\)/gu, '').trim();
}
