import type { Worker } from '@playwright/test';
import type { CapturedPost } from '../../shared/schema';
import { captureCases } from './capture-cases';
import { expect, test } from './extension-fixture';
import { selectAcross, selectText } from './reply-panel-helpers';

// Every capture case (capture-cases.ts) with the real built extension: the page's own capture
// script is injected, reads the selection, and the background stores what it read. The cases
// share one browser per worker: each reads its own page and checks the post its capture returns.
for (const fixture of captureCases) {
  test(fixture.name, async ({ sharedExtension: { context, serviceWorker }, fixturePages }) => {
    const page = await context.newPage();
    const url = fixturePages.at(fixture.url);
    await page.goto(url);
    if (typeof fixture.select === 'string') await selectText(page, fixture.select);
    else await selectAcross(page, fixture.select.from, fixture.select.to);
    const post = await capture(serviceWorker, page.url());
    const { expected } = fixture;
    expect(post.platform).toBe(expected.platform);
    expect(post.text).toBe(expected.text);
    expect(post.author).toBe(expected.author);
    expect(post.permalink).toBe(expected.permalink === undefined ? undefined : fixturePages.at(expected.permalink));
    expect(post.quoted).toEqual(expected.quoted);
    expect(post.selectionInQuote).toBe(expected.selectionInQuote);
    expect(post.shownInPart).toBe(expected.shownInPart);
    expect(post.inSelection?.map((other) => other.author)).toEqual(expected.inSelection);
    await page.close();
  });
}

/** Runs the context menu's handler for the tab showing `url`, and returns the post it stored. */
async function capture(serviceWorker: Worker, url: string): Promise<CapturedPost> {
  return serviceWorker.evaluate(async (pageUrl) => {
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === pageUrl);
    if (!tab) throw new Error(`no tab shows ${pageUrl}`);
    type Outcome = { kind: string; problem?: string; detail?: string; sighting?: { post: CapturedPost } };
    const handler = (globalThis as unknown as { onDraftReplyMenuClicked: (info: object, tab: chrome.tabs.Tab) => Promise<Outcome> })
      .onDraftReplyMenuClicked;
    const outcome = await handler({ menuItemId: 'draft-reply', selectionText: '', frameId: 0, editable: false, pageUrl }, tab);
    if (!outcome.sighting) throw new Error(`nothing captured: ${outcome.kind} ${outcome.problem ?? ''} ${outcome.detail ?? ''}`);
    return outcome.sighting.post;
  }, url);
}
