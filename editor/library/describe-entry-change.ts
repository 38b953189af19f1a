import type { EntryChangeRecord } from '../../shared/db/entry-history';
import { interfaceI18n } from '../i18n/interface-i18n';
import { intlLocale } from '../i18n/intl-locale';

/** Entry fields as people name them in the change history (library:change.fields in the catalogues). */
const namedFields = [
  'title',
  'topics',
  'scope',
  'language',
  'myth',
  'fact',
  'explanation',
  'short',
  'audienceAngles',
  'translations',
  'sources',
  'status',
  'author',
  'reviews',
  'reviewBy',
  'notes',
] as const;
type NamedField = (typeof namedFields)[number];
const isNamed = (field: string): field is NamedField => (namedFields as readonly string[]).includes(field);

const steps = ['created', 'vetted', 'sent-to-review', 'retired', 'received'] as const;
type Step = (typeof steps)[number];
const isStep = (kind: string): kind is Step => (steps as readonly string[]).includes(kind);

// Kinds written by other features; one this version does not know is shown as it is named.
const otherKinds = ['synced', 'imported'] as const;
type OtherKind = (typeof otherKinds)[number];
const isOtherKind = (kind: string): kind is OtherKind => (otherKinds as readonly string[]).includes(kind);

/**
 * One line of an entry's change history: "Ana changed fact and sources". The date of the last
 * change is bookkeeping, not news, so it is left out; kinds written by other features (imports,
 * team-library syncs) are shown as they are named: "Team library synced: title", or "Team library
 * synced: a new entry" when the change brought the entry here (it has no previous version).
 */
export function describeEntryChange(change: Pick<EntryChangeRecord, 'by' | 'kind' | 'fields' | 'before'>): string {
  const t = interfaceI18n.t;
  const { by } = change;
  if (isStep(change.kind)) return t(`library:change.steps.${change.kind}`, { by });
  const kind = isOtherKind(change.kind) ? t(`library:change.kinds.${change.kind}`) : change.kind;
  if (!change.before && !change.fields.includes('*')) return t('library:change.newEntry', { by, kind });
  const fields = change.fields
    .filter((field) => field !== 'updated')
    // Written by team-library syncs of older versions, which named no fields.
    .map((field) => (field === '*' ? t('library:change.everyField') : isNamed(field) ? t(`library:change.fields.${field}`) : field));
  const what = fields.length === 0 ? t('library:change.nothing') : new Intl.ListFormat(intlLocale(interfaceI18n.language)).format(fields);
  return change.kind === 'edited' ? t('library:change.changed', { by, what }) : t('library:change.other', { by, kind, what });
}
