import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStaticFileServer, type StaticFileServer } from '../../tests/support/static-file-server';
import { generateSigningKeys } from '../bundle/bundle-keys';
import { signBundle } from '../bundle/sign-bundle';
import { openDatabase, saveEntry, seedStarterLibrary, type FactSandwichDatabase } from '../db';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import type { Bundle, Entry } from '../schema';
import { checkSubscription } from './check-subscription';
import { subscribe } from './subscribe';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const starter = assembled.bundle;
const teamEntry: Entry = { ...starter.entries[0]!, id: 'team-only-entry', title: 'A team entry the starter library does not have' };
const teamBundle: Bundle = { ...starter, name: 'Team library', version: '2026.12.0', entries: [teamEntry, starter.entries[1]!] };

let db: FactSandwichDatabase;
let host: StaticFileServer;
let keys: { secretKey: string; publicKey: string };
const url = () => `${host.origin}/team/library.json`;
const publish = async (bundle: Bundle, signedAt = new Date('2026-11-30T09:00:00Z')) =>
  host.put('/team/library.json', JSON.stringify(await signBundle(bundle, keys.secretKey, signedAt)));
const dump = async () => JSON.stringify([await db.entries.toArray(), await db.upstream.toArray(), await db.history.toArray()]);

beforeEach(async () => {
  db = openDatabase('subscriptions-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedStarterLibrary(db, starter);
  host = await startStaticFileServer();
  keys = await generateSigningKeys();
});
afterEach(() => host.close());

describe('subscribing to a team library', () => {
  const key = `${'A'.repeat(43)}=`;
  it.each([
    [{ url: '', name: 'T', publicKey: key }, 'Bundle URL: fill in the address of the library file, e.g. https://example.org/library.json'],
    [
      { url: '   ', name: 'T', publicKey: key },
      'Bundle URL: fill in the address of the library file, e.g. https://example.org/library.json',
    ],
    [
      { url: 'team.example/l.json', name: 'T', publicKey: key },
      'Bundle URL: must be a full address starting with https://, e.g. https://example.org/library.json',
    ],
    [
      { url: 'ftp://x.example/l.json', name: 'T', publicKey: key },
      'Bundle URL: must be a full address starting with https://, e.g. https://example.org/library.json',
    ],
    [
      { url: 'http://team.example/l.json', name: 'T', publicKey: key },
      'Bundle URL: must use https (plain http only for localhost and 127.0.0.1)',
    ],
    [{ url: 'https://team.example/l.json', name: ' ', publicKey: key }, 'Name: give the library a name, e.g. your team or network'],
    [
      { url: 'https://team.example/l.json', name: 'T', publicKey: 'not-a-key' },
      "Publisher’s public key: must be the 44 characters of base64 in the publisher's publisher.pub file",
    ],
    [{ url: 'https://team.example/l.json' }, 'Name: must be filled in\nPublisher’s public key: must be filled in'],
    [
      { url: '', name: '', publicKey: '' },
      'Bundle URL: fill in the address of the library file, e.g. https://example.org/library.json\n' +
        'Name: give the library a name, e.g. your team or network\n' +
        "Publisher’s public key: fill in the publisher's public key: the 44 characters of their publisher.pub file",
    ],
  ])('refuses %j with one message per field, named as the form names it; nothing added', async (input, message) => {
    expect(await subscribe(db, input)).toMatchObject({ ok: false, message });
    expect(await db.subscriptions.count()).toBe(0);
  });

  it('refuses to follow the same library twice, even from two quick clicks', async () => {
    const input = { url: 'https://team.example/l.json', name: 'Team', publicKey: keys.publicKey };
    const both = await Promise.all([subscribe(db, input), subscribe(db, { ...input, url: ' https://team.example/l.json ' })]);
    expect(both.filter((result) => result.ok)).toHaveLength(1);
    expect(both.find((result) => !result.ok)).toMatchObject({
      ok: false,
      message: 'Bundle URL: you already follow https://team.example/l.json.',
    });
    expect(await subscribe(db, input)).toEqual({
      ok: false,
      message: 'Bundle URL: you already follow https://team.example/l.json.',
      // The field and the reason apart, for the form to say them with its own label, in its language.
      problems: [
        {
          field: 'url',
          problem: 'you already follow https://team.example/l.json.',
          reason: { code: 'field.alreadyFollowing', data: { url: 'https://team.example/l.json' } },
        },
      ],
    });
    expect(await db.subscriptions.count()).toBe(1);
  });

  it('merges a bundle signed by the trusted key, then asks only "changed?" next time', async () => {
    await publish(teamBundle);
    expect(await subscribe(db, { url: url(), name: 'Team', publicKey: keys.publicKey })).toEqual({ ok: true, url: url() });
    const first = await checkSubscription(db, url(), { by: 'Amira' });
    expect(first).toMatchObject({ state: 'updated', version: '2026.12.0', summary: { added: 1, unchanged: 1 } });
    expect(await db.entries.get('team-only-entry')).toEqual(teamEntry);

    expect(await checkSubscription(db, url())).toEqual({ state: 'not-modified' });
    expect(host.log.at(-1)).toMatchObject({ status: 304 });
    expect((await db.subscriptions.get(url()))?.state).toBe('ok');
  });

  it.each([
    ['unsigned', async () => host.put('/team/library.json', JSON.stringify(teamBundle)), /not signed/],
    [
      'signed by another key',
      async () =>
        host.put('/team/library.json', JSON.stringify(await signBundle(teamBundle, (await generateSigningKeys()).secretKey, new Date()))),
      /key other than/,
    ],
    [
      'tampered after signing',
      async () => {
        const signed = JSON.stringify(await signBundle(teamBundle, keys.secretKey, new Date()));
        host.put('/team/library.json', signed.replace('A team entry', 'A TEAM entry'));
      },
      /Refused/,
    ],
    ['not JSON', async () => host.put('/team/library.json', '<html>moved</html>'), /Refused/],
  ])('refuses a bundle that is %s: nothing merged, the reason kept', async (_case, serve, message) => {
    await serve();
    await subscribe(db, { url: url(), name: 'Team', publicKey: keys.publicKey });
    const before = await dump();
    const result = await checkSubscription(db, url());
    expect(result.state).toBe('refused');
    expect(result.state === 'refused' && result.message).toMatch(message);
    expect(await dump()).toBe(before);
    expect(await db.subscriptions.get(url())).toMatchObject({ state: 'refused', message: expect.stringMatching(message) });
  });

  it('keeps a local edit through a re-sync, with the publisher’s new version waiting beside it', async () => {
    await publish(teamBundle);
    await subscribe(db, { url: url(), name: 'Team', publicKey: keys.publicKey });
    await checkSubscription(db, url());
    const mine = { ...teamEntry, fact: `${teamEntry.fact} (our local wording)` };
    await saveEntry(db, mine);

    const newer = { ...teamEntry, title: 'The publisher’s new title' };
    await publish({ ...teamBundle, version: '2026.12.1', entries: [newer, starter.entries[1]!] });
    const result = await checkSubscription(db, url());
    expect(result).toMatchObject({ state: 'updated', summary: { keptLocal: 1 } });
    expect(await db.entries.get('team-only-entry')).toEqual(mine);
    expect(await db.upstream.get(`${url()}#team-only-entry`)).toMatchObject({ forked: true, pending: newer });
  });

  it('follows the publisher for entries not edited here, keeping the old version in history', async () => {
    await publish(teamBundle);
    await subscribe(db, { url: url(), name: 'Team', publicKey: keys.publicKey });
    await checkSubscription(db, url());
    const newer = { ...teamEntry, title: 'The publisher’s new title' };
    await publish({ ...teamBundle, version: '2026.12.1', entries: [newer, starter.entries[1]!] });
    expect(await checkSubscription(db, url(), { by: 'Amira' })).toMatchObject({ state: 'updated', summary: { updated: 1 } });
    expect(await db.entries.get('team-only-entry')).toEqual(newer);
    const [change] = await db.history.where('entryId').equals('team-only-entry').reverse().sortBy('seq');
    expect(change).toMatchObject({ kind: 'synced', fields: ['title'], before: teamEntry });
  });

  it('says when the host cannot be reached, and changes nothing', async () => {
    await subscribe(db, { url: 'http://127.0.0.1:9/library.json', name: 'Gone', publicKey: keys.publicKey });
    const result = await checkSubscription(db, 'http://127.0.0.1:9/library.json', { timeoutMs: 2_000 });
    expect(result).toMatchObject({ state: 'unreachable', message: expect.stringMatching(/Could not reach 127\.0\.0\.1:9/) });
  });
});

describe('an entry the publisher withdraws', () => {
  it('is retired here, its vetted version kept in the history; published again, it follows the publisher', async () => {
    await subscribe(db, { url: url(), name: 'Team', publicKey: keys.publicKey });
    await publish(teamBundle);
    await checkSubscription(db, url());
    expect((await db.entries.get(teamEntry.id))?.status).toBe('vetted');

    await publish({ ...teamBundle, version: '2026.12.1', entries: [starter.entries[1]!] });
    const result = await checkSubscription(db, url(), { by: 'scheduled sync', now: new Date('2026-12-03T10:00:00Z') });
    expect(result).toMatchObject({ state: 'updated', summary: { withdrawn: 1, unchanged: 1 } });
    expect(await db.entries.get(teamEntry.id)).toEqual({ ...teamEntry, status: 'retired', updated: '2026-12-03' });
    const [change] = await db.history.where('entryId').equals(teamEntry.id).reverse().sortBy('seq');
    expect(change).toMatchObject({ kind: 'retired', before: teamEntry, note: expect.stringContaining('Withdrawn by the publisher') });
    expect((await db.subscriptions.get(url()))?.message).toContain('1 withdrawn by the publisher');

    // Withdrawn once: the next bundle without it changes nothing more.
    await publish({ ...teamBundle, version: '2026.12.2', entries: [starter.entries[1]!] });
    expect(await checkSubscription(db, url())).toMatchObject({ summary: { withdrawn: 0 } });

    await publish({ ...teamBundle, version: '2026.12.3' });
    expect(await checkSubscription(db, url())).toMatchObject({ summary: { updated: 1, keptLocal: 0 } });
    expect(await db.entries.get(teamEntry.id)).toEqual(teamEntry);
  });

  it('stays the person’s own when they had edited it, and is not retired', async () => {
    await subscribe(db, { url: url(), name: 'Team', publicKey: keys.publicKey });
    await publish(teamBundle);
    await checkSubscription(db, url());
    const mine = { ...teamEntry, fact: `${teamEntry.fact} (our local wording)` };
    await saveEntry(db, mine);
    await publish({ ...teamBundle, version: '2026.12.1', entries: [starter.entries[1]!] });
    expect(await checkSubscription(db, url())).toMatchObject({ summary: { withdrawn: 1 } });
    expect(await db.entries.get(teamEntry.id)).toEqual(mine);
    expect(await db.upstream.get(`${url()}#${teamEntry.id}`)).toMatchObject({ withdrawn: true });
  });
});

describe('refusing a rollback', () => {
  const wrong = { ...teamEntry, fact: 'A wrong figure: 40% of crimes.' };
  const corrected = { ...teamEntry, fact: 'The corrected figure: 4% of crimes.' };
  const v1 = { ...teamBundle, version: '2026.12.1', entries: [wrong] };
  const v2 = { ...teamBundle, version: '2026.12.2', entries: [corrected] };

  it('refuses v1 after v2 was applied, keeps the correction and shows why', async () => {
    await subscribe(db, { url: url(), name: 'Team', publicKey: keys.publicKey });
    await publish(v2);
    expect(await checkSubscription(db, url())).toMatchObject({ state: 'updated', version: '2026.12.2' });
    const before = await dump();

    await publish(v1, new Date('2026-12-05T09:00:00Z'));
    const result = await checkSubscription(db, url());
    const host = new URL(url()).host;
    expect(result).toEqual({
      state: 'refused',
      message: `Refused the bundle from ${host}: it is version 2026.12.1, older than version 2026.12.2 already applied — merging it would undo the publisher's later corrections. Nothing was merged.`,
      reason: { code: 'sync.older', data: { host, version: '2026.12.1', applied: '2026.12.2' } },
    });
    expect((await db.entries.get(teamEntry.id))?.fact).toBe(corrected.fact);
    expect(await dump()).toBe(before);
    expect(await db.subscriptions.get(url())).toMatchObject({
      state: 'refused',
      bundleVersion: '2026.12.2',
      message: expect.stringContaining('older than'),
      // Kept with the subscription, for every page to say it in the interface's language.
      reason: { code: 'sync.older' },
    });
  });

  it('treats the same version with the same content, signed again, as no change', async () => {
    await subscribe(db, { url: url(), name: 'Team', publicKey: keys.publicKey });
    await publish(v2);
    await checkSubscription(db, url());
    const before = await dump();
    await publish(v2, new Date('2026-12-06T09:00:00Z'));
    expect(await checkSubscription(db, url())).toEqual({ state: 'not-modified' });
    expect(host.log.at(-1)).toMatchObject({ status: 200 });
    expect(await dump()).toBe(before);
    expect(await db.subscriptions.get(url())).toMatchObject({ state: 'ok', message: 'No change since the last check.' });
  });

  it('refuses the same version with other content: the publisher must raise the version', async () => {
    await subscribe(db, { url: url(), name: 'Team', publicKey: keys.publicKey });
    await publish(v2);
    await checkSubscription(db, url());
    const before = await dump();
    await publish({ ...v2, entries: [wrong] });
    const result = await checkSubscription(db, url());
    expect(result).toMatchObject({
      state: 'refused',
      message: expect.stringMatching(/version 2026\.12\.2, the version already applied, but its content differs/),
    });
    expect(await dump()).toBe(before);
  });

  it('merges a newer version after refusing an older one', async () => {
    await subscribe(db, { url: url(), name: 'Team', publicKey: keys.publicKey });
    await publish(v2);
    await checkSubscription(db, url());
    await publish(v1);
    expect((await checkSubscription(db, url())).state).toBe('refused');
    const v3 = { ...v2, version: '2026.12.10', entries: [{ ...corrected, title: 'Third version' }] };
    await publish(v3);
    expect(await checkSubscription(db, url())).toMatchObject({ state: 'updated', version: '2026.12.10', summary: { updated: 1 } });
    expect((await db.entries.get(teamEntry.id))?.title).toBe('Third version');
  });
});
