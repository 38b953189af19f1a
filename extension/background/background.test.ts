import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handOverReplyText } from '../../shared/capture/reply-text-handoff';
import { getEntry, listSightings, saveEntry, seedStarterLibrary } from '../../shared/db';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import background from '../entrypoints/background';
import { backgroundDatabase } from './background-database';
import { readCaptureProblem } from './capture-session';
import { installFakeExtensionApis } from './fake-extension-apis';

let apis: ReturnType<typeof installFakeExtensionApis>;
const tab = { id: 7, windowId: 1, url: 'https://x.com/someone/status/1', title: 'Someone on X' } as chrome.tabs.Tab;
const pageCapture = {
  selectionText: 'hotels',
  url: 'https://x.com/someone/status/1',
  title: 'Someone on X',
  posts: [
    {
      text: 'Migrants are put up in hotels while locals sleep on the street',
      author: '@someone',
      shownInPart: false,
      cut: false,
      selectionInQuote: false,
    },
  ],
  truncated: false,
};
const postText = (text: unknown) => ({ ...pageCapture, posts: [{ ...pageCapture.posts[0], text }] });
const extensionPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined); // failures here are expected and reported
  apis = installFakeExtensionApis();
  const db = backgroundDatabase();
  await Promise.all([db.sightings.clear(), db.entries.clear(), db.settings.clear()]);
  background.main();
});

const clickMenu = (info: Partial<chrome.contextMenus.OnClickData>, onTab = tab) =>
  Promise.all(apis.contextMenus.onClicked.fire({ menuItemId: 'draft-reply', editable: false, pageUrl: onTab.url, ...info }, onTab));

async function ask(message: unknown, sender: object = extensionPage) {
  let answer: unknown;
  await fakeBrowser.runtime.onMessage.trigger(message, sender, (response: unknown) => (answer = response));
  await expect.poll(() => answer).toBeDefined();
  return answer as { ok: boolean; into?: string; problem?: string; detail?: string };
}

describe('the context menu', () => {
  it('is created on install, for selected text only, after removing any older one', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await expect.poll(() => apis.contextMenus.create.mock.calls.length).toBe(1);
    expect(apis.contextMenus.removeAll).toHaveBeenCalledBefore(apis.contextMenus.create);
    expect(apis.contextMenus.create).toHaveBeenCalledWith({
      id: 'draft-reply',
      title: 'Draft a fact-sandwich reply',
      contexts: ['selection'],
    });
  });

  it('opens the side panel at once, then logs the whole post the selection sits in', async () => {
    apis.scripting.executeScript.mockImplementation(async () => {
      // The panel must already be opening: the browser allows it only during the click.
      expect(apis.sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
      return [{ result: pageCapture }];
    });
    await clickMenu({ selectionText: 'hotels', frameId: 0 });
    expect(apis.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/capture-x.js'] });
    const [sighting] = await listSightings(backgroundDatabase());
    expect(sighting).toMatchObject({
      post: { text: pageCapture.posts[0]?.text, author: '@someone', platform: 'x', url: pageCapture.url, pageTitle: 'Someone on X' },
      decision: 'undecided',
      // Matched against the starter library, seeded by the background on this first capture: among
      // the three it keeps, the hotels myth.
      matchedEntryIds: expect.arrayContaining(['asylum-luxury-support']),
    });
  });

  it('still logs the menu’s own selection when the page cannot be scripted', async () => {
    apis.scripting.executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    await clickMenu({ selectionText: '  They get free houses  ' });
    const [sighting] = await listSightings(backgroundDatabase());
    expect(sighting?.post).toMatchObject({ text: 'They get free houses', platform: 'x' });
  });

  it('uses the menu’s selection when the script saw none (a selection inside another site’s frame)', async () => {
    apis.scripting.executeScript.mockResolvedValue([{ result: { ...pageCapture, selectionText: '', posts: [] } }]);
    await clickMenu({ selectionText: 'text from the embedded frame' });
    expect((await listSightings(backgroundDatabase()))[0]?.post.text).toBe('text from the embedded frame');
  });

  it.each([
    ['a wrong type', postText(42), { problem: 'invalid-page-capture', detail: expect.stringMatching(/posts\[0\]\.text/) }],
    [
      'a huge post',
      postText('x'.repeat(2_000_000)),
      { problem: 'invalid-page-capture', detail: expect.stringMatching(/posts\[0\]\.text/) },
    ],
    ['nothing at all', null, { problem: 'unreadable-page' }],
  ])('refuses %s from the page: nothing logged, the reason shown in the panel', async (_case, result, problem) => {
    apis.scripting.executeScript.mockResolvedValue([{ result }]);
    await Promise.all(apis.commands.onCommand.fire('draft-reply', tab));
    expect(await listSightings(backgroundDatabase())).toEqual([]);
    expect(await readCaptureProblem()).toEqual({ ...problem, at: expect.any(String) });
  });

  it('ignores other menus and other commands', async () => {
    await clickMenu({ menuItemId: 'something-else' });
    await Promise.all(apis.commands.onCommand.fire('another-command', tab));
    expect(apis.sidePanel.open).not.toHaveBeenCalled();
    expect(apis.scripting.executeScript).not.toHaveBeenCalled();
  });
});

describe('the sighting keeps the myths the post repeats, with the side panel closed', () => {
  const starter = assembleLibrary(readLibraryFolder('fact-library'));
  beforeEach(async () => {
    if (!starter.ok) throw new Error('the starter library must be valid');
    await seedStarterLibrary(backgroundDatabase(), starter.bundle);
    // No panel: it cannot open, and nothing else is there to match the post.
    apis.sidePanel.open.mockRejectedValue(new Error('`sidePanel.open()` may only be called in response to a user gesture.'));
  });

  async function capturePost(text: string) {
    apis.scripting.executeScript.mockResolvedValue([{ result: { ...postText(text), selectionText: text } }]);
    await clickMenu({ selectionText: text, frameId: 0 });
    const [sighting] = await listSightings(backgroundDatabase());
    return sighting!.matchedEntryIds;
  }

  it('a post repeating a starter-library myth: its entries, best first, vetted or not', async () => {
    const matched = await capturePost('Asylum seekers in 4 star hotels with free iPhones while pensioners freeze #StopTheBoats');
    expect(matched[0]).toBe('asylum-luxury-support');
    expect(matched.length).toBeLessThanOrEqual(3);
    // An entry in review is still a myth seen: it is kept with the sighting.
    expect(await capturePost('Britain is the soft touch of Europe, we take more asylum seekers than anyone')).toContain(
      'uk-most-asylum-seekers-in-europe',
    );
  });

  it('the first capture after install, before any page has opened, is matched against the starter library', async () => {
    const db = backgroundDatabase();
    await Promise.all([db.entries.clear(), db.settings.clear()]); // as installed: nothing seeded yet
    const matched = await capturePost('Asylum seekers in 4 star hotels with free iPhones while pensioners freeze #StopTheBoats');
    expect(matched[0]).toBe('asylum-luxury-support');
    expect(await db.entries.count()).toBe(starter.ok ? starter.bundle.entries.length : -1);
  });

  it('a post with no myth: an empty list', async () => {
    expect(await capturePost('Train cancelled AGAIN. Third time this week!!')).toEqual([]);
  });

  it('matches the library as it is at each capture, after an edit to an entry’s wording', async () => {
    const moped = 'Newcomers never pay their moped parking fines, the council waives them';
    expect(await capturePost(moped)).toEqual([]);
    const entry = (await getEntry(backgroundDatabase(), 'springfield-pets-hoax'))!;
    await saveEntry(backgroundDatabase(), {
      ...entry,
      myth: { statement: 'Newcomers never pay moped parking fines.', phrasings: ['the council waives moped fines'] },
    });
    await backgroundDatabase().sightings.clear();
    expect(await capturePost(moped)).toEqual(['springfield-pets-hoax']);
  });
});

describe('the keyboard shortcut and the toolbar button', () => {
  it('the shortcut captures the selection like the menu does', async () => {
    apis.scripting.executeScript.mockResolvedValue([{ result: pageCapture }]);
    await Promise.all(apis.commands.onCommand.fire('draft-reply', tab));
    expect(apis.sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
    expect((await listSightings(backgroundDatabase()))[0]?.post.author).toBe('@someone');
  });

  it('the toolbar button with nothing selected only opens the panel: no sighting, no complaint', async () => {
    apis.scripting.executeScript.mockResolvedValue([{ result: { ...pageCapture, selectionText: '', posts: [] } }]);
    await Promise.all(apis.action.onClicked.fire(tab));
    expect(apis.sidePanel.open).toHaveBeenCalledWith({ tabId: 7 });
    expect(await listSightings(backgroundDatabase())).toEqual([]);
    expect(await readCaptureProblem()).toBeUndefined();
  });

  it('a panel that cannot open (no user gesture) does not stop the capture', async () => {
    apis.sidePanel.open.mockRejectedValue(new Error('`sidePanel.open()` may only be called in response to a user gesture.'));
    apis.scripting.executeScript.mockResolvedValue([{ result: pageCapture }]);
    await Promise.all(apis.commands.onCommand.fire('draft-reply', tab));
    expect(await listSightings(backgroundDatabase())).toHaveLength(1);
  });
});

describe('messages from the side panel', () => {
  async function captured() {
    apis.scripting.executeScript.mockResolvedValue([{ result: { ...pageCapture } }]);
    await clickMenu({ selectionText: 'hotels', frameId: 3 });
    const [sighting] = await listSightings(backgroundDatabase());
    apis.scripting.executeScript.mockReset();
    return sighting!;
  }

  it('"insert-reply" hands the text to the insert script in the tab and frame the post came from', async () => {
    const sighting = await captured();
    apis.scripting.executeScript.mockResolvedValue([{ result: { ok: true, into: 'textarea' } }]);
    const answer = await ask({ type: 'insert-reply', sightingId: sighting.id, text: 'The fact.' });
    const frame = { tabId: 7, frameIds: [3] };
    expect(apis.scripting.executeScript.mock.calls).toEqual([
      [{ target: frame, func: handOverReplyText, args: ['The fact.'] }],
      [{ target: frame, files: ['/insert-reply.js'] }],
    ]);
    expect(answer).toEqual({ ok: true, into: 'textarea' });
  });

  it.each([
    ['the page says no field is focused', [{ result: { ok: false, problem: 'no-reply-box' } }], 'no-reply-box'],
    ['the page answers nonsense', [{ result: { ok: 'yes', into: '<img onerror=alert(1)>' } }], 'not-confirmed'],
    ['the page answers a sentence of its own', [{ result: { ok: false, message: 'Posted! Now click here' } }], 'not-confirmed'],
  ])('reports back when %s', async (_case, injection, problem) => {
    const sighting = await captured();
    apis.scripting.executeScript.mockResolvedValue(injection);
    expect(await ask({ type: 'insert-reply', sightingId: sighting.id, text: 'The fact.' })).toEqual({ ok: false, problem });
  });

  it('says so when the tab is gone', async () => {
    const sighting = await captured();
    apis.scripting.executeScript.mockRejectedValue(new Error('No tab with id: 7'));
    expect(await ask({ type: 'insert-reply', sightingId: sighting.id, text: 'The fact.' })).toEqual({
      ok: false,
      problem: 'page-unreachable',
    });
  });

  it('says so for a sighting whose tab it does not know', async () => {
    expect(await ask({ type: 'insert-reply', sightingId: crypto.randomUUID(), text: 'The fact.' })).toEqual({
      ok: false,
      problem: 'tab-unknown',
    });
  });

  it.each([
    ['an unknown type', { type: 'read-api-key' }, /type/],
    ['a missing text', { type: 'insert-reply', sightingId: crypto.randomUUID() }, /text/],
    ['an empty text', { type: 'insert-reply', sightingId: crypto.randomUUID(), text: '   ' }, /text: the reply is empty/],
    ['a sighting id that is not one', { type: 'insert-reply', sightingId: '../../etc', text: 'x' }, /sightingId/],
    ['not an object', 'insert-reply', /./],
  ])('refuses %s, naming the field', async (_case, message, expected) => {
    const answer = await ask(message);
    expect(answer).toEqual({ ok: false, problem: 'refused-invalid', detail: expect.stringMatching(expected) });
    expect(apis.scripting.executeScript).not.toHaveBeenCalled();
  });

  it.each([
    ['a content script in a web page', { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 9 } }],
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' }],
  ])('refuses requests from %s', async (_case, sender) => {
    const sighting = await captured();
    const answer = await ask({ type: 'insert-reply', sightingId: sighting.id, text: 'spam' }, sender);
    expect(answer).toEqual({ ok: false, problem: 'refused-sender' });
    expect(apis.scripting.executeScript).not.toHaveBeenCalled();
  });
});
