import type { Entry, EntryStatus, Language, Technique, Topic } from '../../shared/schema';
import { addFieldError, linesOf, type FieldErrors } from './field-errors';

/** A source as the form holds it: the year stays text until it is parsed, `date` rides along unseen. */
export type SourceRow = { key: number; title: string; publisher: string; url: string; year: string; quote: string; date?: string };

export type EntryFormValues = {
  id: string;
  title: string;
  topics: Topic[];
  scope: string;
  language: Language;
  mythStatement: string;
  phrasings: string;
  fact: string;
  explanationText: string;
  technique: Technique | '';
  fallacy: string;
  sources: SourceRow[];
  status: EntryStatus;
  author: string;
  reviewer: string;
  reviewBy: string;
};

let nextRowKey = 0;
export function emptySourceRow(): SourceRow {
  return { key: nextRowKey++, title: '', publisher: '', url: '', year: '', quote: '' };
}

export function emptyEntryValues(): EntryFormValues {
  return {
    id: '',
    title: '',
    topics: [],
    scope: '',
    language: 'en',
    mythStatement: '',
    phrasings: '',
    fact: '',
    explanationText: '',
    technique: '',
    fallacy: '',
    sources: [emptySourceRow()],
    status: 'draft',
    author: '',
    reviewer: '',
    reviewBy: '',
  };
}

export function entryToValues(entry: Entry): EntryFormValues {
  return {
    id: entry.id,
    title: entry.title,
    topics: [...entry.topics],
    scope: entry.scope,
    language: entry.language,
    mythStatement: entry.myth.statement,
    phrasings: entry.myth.phrasings.join('\n'),
    fact: entry.fact,
    explanationText: entry.explanation.text,
    technique: entry.explanation.technique,
    fallacy: entry.explanation.fallacy ?? '',
    sources: entry.sources.map((source) => ({ ...source, key: nextRowKey++, year: String(source.year) })),
    status: entry.status,
    author: entry.author,
    reviewer: '',
    reviewBy: entry.reviewBy,
  };
}

/** The names the form gives its inputs: the schema's own paths, so zod issues land on them directly. */
export function entryFieldNames(sourceCount: number): Set<string> {
  const fields = ['id', 'title', 'topics', 'scope', 'language', 'myth.statement', 'myth.phrasings', 'fact', 'explanation.text'];
  fields.push('explanation.technique', 'explanation.fallacy', 'sources', 'status', 'author', 'reviewer', 'reviewBy');
  for (let index = 0; index < sourceCount; index++) {
    for (const part of ['title', 'publisher', 'url', 'year', 'quote']) fields.push(`sources[${index}].${part}`);
  }
  return new Set(fields);
}

/** Problems about data the form does not show, sent to the input that causes them. */
export const entryFieldAliases = { reviews: 'reviewer', translations: 'language' };

function assembleSources(rows: SourceRow[]) {
  return rows.map(({ key: _key, year, date, ...source }) => ({
    ...source,
    year: year.trim() === '' ? undefined : Number(year.trim()),
    ...(date ? { date } : {}),
  }));
}

function assembleExplanation(values: EntryFormValues) {
  const { explanationText: text, technique, fallacy } = values;
  return { text, technique: technique || undefined, ...(fallacy.trim() ? { fallacy } : {}) };
}

/**
 * The README's review workflow: an entry becomes vetted only with a fresh review, and changing the
 * fact, explanation or sources of a vetted entry needs vetting again. A title fix does not.
 */
export function needsNewReview(values: EntryFormValues, existing: Entry | undefined): boolean {
  if (values.status !== 'vetted') return false;
  if (!existing || existing.status !== 'vetted') return true;
  const before = entryToValues(existing);
  const content = (v: EntryFormValues) => JSON.stringify([v.fact, assembleExplanation(v), assembleSources(v.sources)]);
  return content(values) !== content(before);
}

/** The whole record to validate: what the form does not show (translations, angles, notes…) is kept. */
export function assembleEntry(values: EntryFormValues, existing: Entry | undefined, today: string): Record<string, unknown> {
  const reviewer = values.reviewer.trim();
  const newReviews = values.status === 'vetted' && reviewer ? [{ reviewer, date: today, status: 'vetted' as const }] : [];
  return {
    ...existing,
    id: values.id.trim(),
    title: values.title,
    topics: values.topics,
    scope: values.scope,
    language: values.language,
    myth: { statement: values.mythStatement, phrasings: linesOf(values.phrasings) },
    fact: values.fact,
    explanation: assembleExplanation(values),
    sources: assembleSources(values.sources),
    status: values.status,
    author: values.author,
    reviewBy: values.reviewBy,
    updated: today,
    reviews: [...(existing?.reviews ?? []), ...newReviews],
  };
}

/** The two-person rule, which the schema cannot see: whoever vets an entry did not write it. */
export function reviewerErrors(values: EntryFormValues, existing: Entry | undefined): FieldErrors {
  const errors: FieldErrors = {};
  if (values.status !== 'vetted') return errors;
  const reviewer = values.reviewer.trim();
  if (!reviewer && needsNewReview(values, existing)) {
    const message = existing?.status === 'vetted'
      ? 'you changed the fact, explanation or sources of a vetted entry: name who vetted the change, or set the status to In review'
      : 'a vetted entry needs a reviewer: name the person who checked it';
    addFieldError(errors, 'reviewer', message);
  }
  if (reviewer && reviewer.toLocaleLowerCase() === values.author.trim().toLocaleLowerCase()) {
    addFieldError(errors, 'reviewer', 'the reviewer must be someone other than the author (two-person rule)');
  }
  return errors;
}
