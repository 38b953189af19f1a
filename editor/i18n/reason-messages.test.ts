import { describe, expect, it } from 'vitest';
import { importReasons } from '../../shared/bundle/import-reasons';
import { readingReasons } from '../../shared/bundle/reading-reasons';
import { milestoneReasons } from '../../shared/impact/milestones';
import { reviewReasons } from '../../shared/review/review-reasons';
import { fieldReasons } from '../../shared/schema/field-reasons';
import { interfaceLanguageSchema } from '../../shared/schema/interface-language';
import type { ReasonMessages, ReasonTable, Said } from '../../shared/schema/reason';
import { syncReasons } from '../../shared/subscriptions/sync-reasons';
import { instanceIn } from './testing/instance-in';
import en from './locales/en';
import { translateReason } from './translate-message';

/** Every area of reasons shared code gives, each with its catalogue section `reasons:<area>`. */
const tables = [reviewReasons, readingReasons, syncReasons, importReasons, milestoneReasons, fieldReasons] as ReasonTable<ReasonMessages>[];

const tampered = readingReasons.say('tampered', { fingerprint: '3f2a-9c1e-0b7d-44e2-8a61-d0c3-5e9f-1b28' });
const file = { what: 'file', consequence: 'imported' } as const;
const bundleFrom = { what: 'bundleFrom', host: 'team.example', consequence: 'merged' } as const;
const counts = { version: '2026.12.2', added: 3, updated: 1, unchanged: 40 };

/**
 * Values for each reason that takes any, chosen so that every word a code stands for (a subject,
 * a consequence, a kind) is said at least once. Reasons without values are said with none.
 */
const samples: Record<string, Record<string, object[]>> = {
  review: {},
  reading: {
    tooLarge: [
      { ...file, bytes: 5 * 1024 * 1024 },
      { what: 'namedFile', name: 'publisher.key', consequence: 'signed', bytes: 4096 },
      { ...bundleFrom, bytes: 2048 + 512 },
      { what: 'sharedReply', consequence: 'opened', bytes: 900 },
    ],
    cutShort: [{ ...bundleFrom, error: 'network error' }],
    empty: [{ what: 'libraryBundle', consequence: 'loaded' }],
    notUtf8: [{ what: 'signedLibraryBundle', consequence: 'loaded', line: 3, column: 14 }],
    tooDeep: [{ ...file, levels: 64, line: 1, column: 65 }],
    notJsonAt: [{ ...file, line: 3, column: 7, detail: 'expected ":" after the field name, found "2"' }],
    notJson: [{ ...file, detail: 'Unexpected end of JSON input' }],
    refusedKeyAt: [{ ...file, key: '__proto__', path: 'entries[0] (uk-housing)' }],
    refusedKey: [{ ...file, key: 'constructor' }],
    readFault: [{ error: 'out of memory' }],
    signatureUnreadable: [{ problems: 'signature.value: must be a 64-byte Ed25519 signature' }],
    tampered: [{ fingerprint: '3f2a-9c1e-0b7d-44e2-8a61-d0c3-5e9f-1b28' }],
    notAnObject: ['null', 'list', 'text', 'number', 'boolean'].map((kind) => ({ kind, format: 'fact-sandwich-library' })),
    otherFormat: [{ found: 'something-else', format: 'fact-sandwich-library' }],
    noFormat: [{ format: 'fact-sandwich-library' }],
    sharedReplyFormat: [{ found: 'fact-sandwich-shared-reply', format: 'fact-sandwich-library' }],
    invalid: [{ what: 'libraryBundle', problems: 'entries[0] (uk-housing): fact: missing (must be text)' }],
  },
  sync: {
    notSubscribed: [{ url: 'https://team.example/library.json' }],
    unreachable: [{ host: 'team.example', error: 'fetch failed' }],
    answered: [{ host: 'team.example', status: 404, statusText: 'Not Found' }],
    unreadable: [{ host: 'team.example', problem: tampered }],
    unsigned: [{ host: 'team.example' }],
    otherKey: [{ host: 'team.example' }],
    older: [{ host: 'team.example', version: '2026.12.1', applied: '2026.12.2' }],
    changedWithoutNewVersion: [{ host: 'team.example', version: '2026.12.2' }],
    synced: [counts],
    syncedWithdrawn: [{ ...counts, withdrawn: 2 }],
    syncedKeptLocal: [{ ...counts, keptLocal: 1 }],
    syncedWithdrawnKeptLocal: [{ ...counts, withdrawn: 2, keptLocal: 1 }],
  },
  import: {
    importerInvalid: [{ problems: 'by: must not be empty' }],
    notAConflict: [{ keys: '"entry:uk-housing"' }],
    badChoice: [{ key: 'entry:uk-housing' }],
    unresolved: [{ records: 'entry "uk-housing", audience "parents"' }],
    invalidIncoming: [{ kind: 'entry', id: 'uk-housing', problems: 'fact: must not be empty' }],
    libraryChanged: [
      { kind: 'entry', id: 'uk-housing', change: 'edited' },
      { kind: 'audience', id: 'parents', change: 'added' },
      { kind: 'spokesperson', id: 'dr-amal', change: 'deleted' },
    ],
    databaseRefused: [{ error: 'QuotaExceededError' }],
  },
  milestone: {
    everyMythAnswered: [{ myths: 4 }],
    everyPostDecided: [{ posts: 12 }],
    repliesThisQuarter: [
      { replies: 250, quarter: 4, year: 2026 },
      { replies: 1000, quarter: 1, year: 2027 },
    ],
    repliesInAll: [{ replies: 10_000 }],
    firstReplyOn: [{ date: '2026-11-02' }],
    factsUsed: [{ facts: 25 }],
  },
  field: { alreadyFollowing: [{ url: 'https://team.example/library.json' }] },
};

/** Every reason of every area, with its values: one case per sample, one with none where a reason takes none. */
const said: [string, Said][] = tables.flatMap((table) =>
  Object.keys(table.messages).flatMap((code) =>
    (samples[table.area]?.[code] ?? [undefined]).map((data) => {
      const reason = (table.say as (code: string, data?: object) => Said)(code, data);
      return [`${reason.reason.code} ${JSON.stringify(data ?? {})}`, reason] as [string, Said];
    }),
  ),
);

describe('the reasons catalogue', () => {
  const english = instanceIn('en');
  const catalogue = en.reasons as Record<string, Record<string, unknown>>;

  it('has every area of reasons, and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(tables.map((table) => table.area).sort());
    expect(Object.keys(samples).sort()).toEqual(tables.map((table) => table.area).sort());
  });

  it.each(tables.map((table) => [table.area, table] as const))('%s: has the reasons shared code gives, and no other', (area, table) => {
    const codes = Object.keys(catalogue[area]!)
      .filter((key) => key !== 'values')
      .map((key) => key.replace(/_(one|other)$/, ''));
    expect([...new Set(codes)].sort()).toEqual(Object.keys(table.messages).sort());
    for (const [code, message] of Object.entries(table.messages)) {
      if (message.length > 0) expect(samples[area]?.[code], `${area}.${code}`).toBeDefined();
    }
  });

  it.each(said)('says %s as shared code does', (_, { message, reason }) => {
    expect(translateReason(english, reason, '(the English it came with)')).toBe(message);
  });

  it('puts every word of its value tables in some sample', () => {
    const unused = Object.entries(catalogue).flatMap(([area, section]) =>
      Object.entries((section.values ?? {}) as Record<string, Record<string, string>>).flatMap(([name, table]) =>
        Object.keys(table)
          .filter(
            (code) =>
              !Object.values(samples[area] ?? {}).some((data) => data.some((sample) => (sample as Record<string, unknown>)[name] === code)),
          )
          .map((code) => `${area} values.${name}.${code}`),
      ),
    );
    expect(unused).toEqual([]);
  });

  it('keeps the English a reason came with when the catalogue cannot say it (stored by an older version)', () => {
    expect(translateReason(english, { code: 'sync.noSuchReason' }, 'An older wording.')).toBe('An older wording.');
    expect(translateReason(english, { code: 'sync.unreadable', data: { host: 'x', problem: { code: 'reading.gone' } } }, 'Kept.')).toBe(
      'Kept.',
    );
    expect(translateReason(english, undefined, 'No reason at all.')).toBe('No reason at all.');
  });
});

describe.each(interfaceLanguageSchema.options.filter((language) => language !== 'en'))('the reasons in %s', (language) => {
  const instance = instanceIn(language);
  const english = instanceIn('en');

  it.each(said)('says %s in its own words, every value filled in', (_, { reason }) => {
    const shown = translateReason(instance, reason, '(English)');
    expect(shown).not.toBe(translateReason(english, reason, '(English)'));
    expect(shown).not.toMatch(/\{\{|\}\}|reasons:|values\.|\(English\)/);
  });
});
