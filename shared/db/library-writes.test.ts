import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import type { Audience, Bundle, Entry, Spokesperson } from '../schema';
import {
  addMissingProfiles,
  addMissingRecords,
  addSubscription,
  applyUpstreamVersion,
  importLibraryRecords,
  importSharedReply,
  InvalidRecordError,
  keepLocalVersion,
  LibraryChangedError,
  openDatabase,
  recordSubscriptionCheck,
  removeSubscription,
  saveAudience,
  saveEntry,
  seedStarterLibrary,
  syncUpstream,
  type FactSandwichDatabase,
} from '.';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid for these tests');
const starter: Bundle = assembled.bundle;
const [entry, otherEntry] = starter.entries as [Entry, Entry];
const [audience] = starter.audiences as [Audience];
const [person] = starter.spokespeople as [Spokesperson];
const now = new Date('2026-12-02T10:00:00.000Z');
const url = 'https://team.example/library.json';
const key = `${url}#team-entry`;
const publicKey = `${'A'.repeat(43)}=`;

const newAudience: Audience = { ...audience, id: 'team-audience', name: 'Team audience' };
const newPerson: Spokesperson = { ...person, id: 'team-voice', name: 'Team voice' };
const teamEntry: Entry = { ...entry, id: 'team-entry', title: 'A team entry' };
const badAudience = { ...newAudience, id: 'bad-audience', values: [] };
const badEntry = { ...teamEntry, id: 'bad-entry', sources: [] };

let db: FactSandwichDatabase;
const dump = async () => JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));

beforeEach(async () => {
  db = openDatabase('library-writes-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStarterLibrary(db, starter);
  await addSubscription(db, { url, name: 'Team', publicKey });
});

describe('every repository write refuses bad input, naming the record and field, and writes nothing', () => {
  it.each([
    ['an audience', () => saveAudience(db, badAudience), /audience “bad-audience” is invalid:\nvalues: list at least one value/],
    [
      'one bad record among good ones to add when missing',
      () => addMissingRecords(db, 'audience', [newAudience, badAudience]),
      /audience “bad-audience” is invalid:\nvalues:/,
    ],
    [
      'a bad spokesperson brought along',
      () => addMissingProfiles(db, { audiences: [newAudience], spokespeople: [{ ...newPerson, trustedBy: [] }] }),
      /spokesperson “team-voice” is invalid:\ntrustedBy:/,
    ],
    [
      'an import with a bad record',
      () =>
        importLibraryRecords(
          db,
          [
            { kind: 'entry', id: teamEntry.id, expected: undefined, incoming: teamEntry },
            { kind: 'audience', id: 'bad-audience', expected: undefined, incoming: badAudience },
          ],
          { by: 'Ana', now, note: 'from a file' },
        ),
      /audience “bad-audience” is invalid/,
    ],
    [
      'an import with a blank note',
      () =>
        importLibraryRecords(db, [{ kind: 'entry', id: teamEntry.id, expected: undefined, incoming: teamEntry }], {
          by: 'Ana',
          now,
          note: ' ',
        }),
      /history record is invalid:\nnote:/,
    ],
    [
      'a sync with a bad entry',
      () => syncUpstream(db, url, { ...starter, entries: [teamEntry, badEntry as Entry] }, { by: 'Ana', now }),
      /library entry “bad-entry” is invalid:\nsources: cite at least one source/,
    ],
    [
      'an ally’s reply with a bad spokesperson',
      () =>
        importSharedReply(db, {
          entry: teamEntry,
          audience: newAudience,
          spokesperson: { ...newPerson, signOff: '' },
          sharedBy: 'Amira',
          by: 'Ana',
          draft: { entryId: teamEntry.id },
        }),
      /spokesperson “team-voice” is invalid:\nsignOff:/,
    ],
    [
      'a subscription with a bad key',
      () => addSubscription(db, { url: `${url}?2`, name: 'Other', publicKey: 'nope' }),
      /subscription is invalid:\npublicKey:/,
    ],
    [
      'a subscription check in a state that does not exist',
      () => recordSubscriptionCheck(db, url, { state: 'fine' as 'ok' }),
      /subscription to https:\/\/team\.example\/library\.json is invalid:\nstate:/,
    ],
  ])('%s', async (_case, write, message) => {
    const before = await dump();
    const attempt = write();
    await expect(attempt).rejects.toThrow(InvalidRecordError);
    await expect(attempt).rejects.toThrow(message);
    expect(await dump()).toBe(before);
  });

  it('an import when the library changed since it was reviewed', async () => {
    const before = await dump();
    const attempt = importLibraryRecords(
      db,
      [
        { kind: 'entry', id: teamEntry.id, expected: undefined, incoming: teamEntry },
        { kind: 'entry', id: otherEntry.id, expected: { ...otherEntry, notes: 'what the review saw' }, incoming: otherEntry },
      ],
      { by: 'Ana', now, note: 'from a file' },
    );
    await expect(attempt).rejects.toThrow(LibraryChangedError);
    await expect(attempt).rejects.toThrow(`the entry "${otherEntry.id}" was edited locally`);
    expect(await dump()).toBe(before);
  });
});

describe('adding audiences and spokespeople when missing', () => {
  it('adds only what the library lacks, and never overwrites its own version', async () => {
    const ours = { ...audience, tone: 'our own tone' };
    await saveAudience(db, ours);
    expect(await addMissingProfiles(db, { audiences: [audience, newAudience], spokespeople: [person, newPerson] })).toEqual({
      audiences: 1,
      spokespeople: 1,
    });
    expect(await db.audiences.get(audience.id)).toEqual(ours);
    expect(await db.audiences.get(newAudience.id)).toEqual(newAudience);
    expect(await db.spokespeople.get(newPerson.id)).toEqual(newPerson);
  });
});

describe('a followed library’s newer version of an entry edited here', () => {
  const mine = { ...teamEntry, fact: `${teamEntry.fact} (our wording)` };
  const theirs = { ...teamEntry, title: 'The publisher’s new title' };

  beforeEach(async () => {
    await syncUpstream(db, url, { ...starter, entries: [teamEntry] }, { by: 'Sync', now });
    await saveEntry(db, mine); // edited here, outside the history: the sync must still keep it
    await syncUpstream(db, url, { ...starter, entries: [theirs] }, { by: 'Sync', now });
  });

  it('waits beside the local version', async () => {
    expect(await db.entries.get(teamEntry.id)).toEqual(mine);
    expect(await db.upstream.get(key)).toMatchObject({ forked: true, entry: teamEntry, pending: theirs });
  });

  it('replaces it when taken, keeping the local version in the history, and the entry follows the publisher again', async () => {
    expect(await applyUpstreamVersion(db, key, { by: 'Bea', now })).toEqual(theirs);
    expect(await db.entries.get(teamEntry.id)).toEqual(theirs);
    expect(await db.upstream.get(key)).toEqual({ key, entryId: teamEntry.id, subscriptionUrl: url, entry: theirs, forked: false });
    expect((await db.history.toArray()).at(-1)).toMatchObject({ kind: 'synced', by: 'Bea', fields: ['fact', 'title'], before: mine });
  });

  it('is not offered again once declined, and the local version stays', async () => {
    await keepLocalVersion(db, key);
    expect(await db.entries.get(teamEntry.id)).toEqual(mine);
    expect(await db.upstream.get(key)).toEqual({ key, entryId: teamEntry.id, subscriptionUrl: url, entry: theirs, forked: true });
  });

  it('cannot be taken twice', async () => {
    await applyUpstreamVersion(db, key, { by: 'Bea', now });
    const before = await dump();
    await expect(applyUpstreamVersion(db, key, { by: 'Bea', now })).rejects.toThrow(/no newer version of “team-entry” waiting/);
    expect(await dump()).toBe(before);
  });

  it('leaves with the subscription, while the entry stays', async () => {
    await removeSubscription(db, url);
    expect(await db.subscriptions.count()).toBe(0);
    expect(await db.upstream.count()).toBe(0);
    expect(await db.entries.get(teamEntry.id)).toEqual(mine);
  });
});
