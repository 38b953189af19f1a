import type { EntryChangeRecord } from '../../shared/db/entry-history';

/** Entry fields as people name them in the change history. */
const fieldLabels: Record<string, string> = {
  title: 'title',
  topics: 'topics',
  scope: 'region',
  language: 'language',
  myth: 'myth',
  fact: 'fact',
  explanation: 'explanation',
  short: 'short form',
  audienceAngles: 'audience angles',
  translations: 'translations',
  sources: 'sources',
  status: 'status',
  author: 'author',
  reviews: 'reviews',
  reviewBy: 'review-by date',
  notes: 'notes',
  // Written by team-library syncs of older versions, which named no fields.
  '*': 'every field',
};

const steps: Record<string, string> = {
  created: 'created the entry',
  vetted: 'vetted the entry',
  'sent-to-review': 'sent the entry to review',
  retired: 'retired the entry',
  received: 'added the entry from a reply an ally shared',
};

/**
 * One line of an entry's change history: "Ana changed fact and sources". The date of the last
 * change is bookkeeping, not news, so it is left out; kinds written by other features (imports,
 * team-library syncs) are shown as they are named: "Team library synced: title", or "Team library
 * synced: a new entry" when the change brought the entry here (it has no previous version).
 */
export function describeEntryChange(change: Pick<EntryChangeRecord, 'by' | 'kind' | 'fields' | 'before'>): string {
  const step = steps[change.kind];
  if (step) return `${change.by} ${step}`;
  if (!change.before && !change.fields.includes('*')) return `${change.by} ${change.kind}: a new entry`;
  const fields = change.fields.filter((field) => field !== 'updated').map((field) => fieldLabels[field] ?? field);
  const what = fields.length === 0 ? 'nothing' : fields.length === 1 ? fields[0] : `${fields.slice(0, -1).join(', ')} and ${fields.at(-1)}`;
  return change.kind === 'edited' ? `${change.by} changed ${what}` : `${change.by} ${change.kind}: ${what}`;
}
