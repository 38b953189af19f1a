import { canVet } from '../../shared/review/can-vet';
import { changedReviewedParts } from '../../shared/review/change-needs-review';
import { changesContent } from '../../shared/review/changed-entry-fields';
import { changedFields } from '../../shared/review/changed-fields';
import { entrySchema, type Entry, type EntryStatus, type Language, type Technique, type Topic } from '../../shared/schema';
import { addFieldError, linesOf, type FieldErrors } from '../forms/field-errors';
import { interfaceI18n } from '../i18n/interface-i18n';
import { intlLocale } from '../i18n/intl-locale';
import { translateReason } from '../i18n/translate-message';

/** A source as the form holds it: the year stays text until it is parsed, `date` rides along unseen. */
export type SourceRow = {
  key: number;
  title: string;
  publisher: string;
  url: string;
  year: string;
  quote: string;
  date?: string | undefined;
};

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
    reviewBy: entry.reviewBy,
  };
}

/** The names the form gives its inputs: the schema's own paths, so zod issues land on them directly. */
export function entryFieldNames(sourceCount: number): Set<string> {
  const fields = ['id', 'title', 'topics', 'scope', 'language', 'myth.statement', 'myth.phrasings', 'fact', 'explanation.text'];
  fields.push('explanation.technique', 'explanation.fallacy', 'sources', 'status', 'author', 'reviewBy');
  for (let index = 0; index < sourceCount; index++) {
    for (const part of ['title', 'publisher', 'url', 'year', 'quote']) fields.push(`sources[${index}].${part}`);
  }
  return new Set(fields);
}

/** Problems about data the form does not show, sent to the input that causes them. */
export const entryFieldAliases = { reviews: 'status', translations: 'language' };

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

/** Whether this save makes the entry vetted: the form's way to vet, under the same rule as the Vet button. */
export function vetsInThisSave(values: EntryFormValues, existing: Entry | undefined): boolean {
  return values.status === 'vetted' && existing?.status !== 'vetted';
}

/**
 * The whole record to validate: what the form does not show (translations, angles, notes…) is kept.
 * Vetting in this save adds a review record naming `reviewer`, the person at the keyboard.
 */
export function assembleEntry(values: EntryFormValues, existing: Entry | undefined, today: string, reviewer = ''): Record<string, unknown> {
  const newReviews =
    vetsInThisSave(values, existing) && reviewer.trim() ? [{ reviewer: reviewer.trim(), date: today, status: 'vetted' as const }] : [];
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

export type FormReviewPeople = { userName: string; lastChangedBy: string | undefined };

/** The record as it will be stored (trimmed, defaults applied) when it is valid: a trailing space is no change. */
function asStored(candidate: Record<string, unknown>): Entry {
  const parsed = entrySchema.safeParse(candidate);
  return parsed.success ? parsed.data : (candidate as Entry);
}

/** Whether the save changes what the entry says, which makes the person saving its latest author. */
function changesWords(existing: Entry | undefined, candidate: Record<string, unknown>): boolean {
  return !existing || changesContent(changedFields(existing, asStored(candidate)));
}

/**
 * The two-person rule, as the Vet button and the database apply it (shared/review/can-vet.ts):
 * whoever made the latest change may not vet — and whoever changes the entry in this very save is
 * that person. Shown on the status field, the form's way to vet.
 */
export function formReviewErrors(
  values: EntryFormValues,
  existing: Entry | undefined,
  candidate: Record<string, unknown>,
  people: FormReviewPeople,
): FieldErrors {
  const errors: FieldErrors = {};
  if (!vetsInThisSave(values, existing)) return errors;
  const changing = changesWords(existing, candidate);
  const verdict = canVet(existing ?? { status: 'draft' }, {
    reviewer: people.userName,
    lastChangedBy: changing ? people.userName : (people.lastChangedBy ?? existing!.author),
  });
  if (verdict.allowed) return errors;
  const message =
    changing && people.userName
      ? interfaceI18n.t('library:form.twoPersonRule')
      : asFieldMessage(translateReason(interfaceI18n, verdict.why, verdict.reason));
  addFieldError(errors, 'status', message);
  return errors;
}

/**
 * What saving will do to the review, said before saving: a vetted entry whose fact, explanation or
 * sources change goes back to review; vetting records the person's name as the reviewer.
 */
export function reviewNotice(
  values: EntryFormValues,
  existing: Entry | undefined,
  candidate: Record<string, unknown>,
  userName: string,
): string | undefined {
  if (existing?.status === 'vetted' && values.status === 'vetted') {
    const parts = changedReviewedParts(existing, asStored(candidate));
    if (parts.length === 0) return undefined;
    return interfaceI18n.t('library:form.backToReview', { parts: listWords(parts) });
  }
  if (vetsInThisSave(values, existing) && userName) return interfaceI18n.t('library:form.vetsNow', { name: userName });
  return undefined;
}

/** Review reasons are sentences; field messages here are lower-case phrases without a full stop. */
function asFieldMessage(reason: string): string {
  return `${reason.charAt(0).toLocaleLowerCase()}${reason.slice(1)}`.replace(/\.$/, '');
}

// The reviewed parts' names come from shared/review in English; the list joins them as the interface's language does.
function listWords(words: string[]): string {
  return new Intl.ListFormat(intlLocale(interfaceI18n.language), { type: 'conjunction' }).format(words);
}
