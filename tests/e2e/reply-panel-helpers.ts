import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';

/** Selects the text `needle` on the page, as a person dragging over it would. */
export async function selectText(page: Page, needle: string): Promise<void> {
  await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(text) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return;
    }
    throw new Error(`no text "${text}" on the page`);
  }, needle);
}

/** Selects from the start of `from` to the end of `to`, across elements (and posts), as a drag would. */
export async function selectAcross(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ([start, end]) => {
      const find = (text: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.nodeValue?.indexOf(text) ?? -1;
          if (at >= 0) return { node, at };
        }
        throw new Error(`no text "${text}" on the page`);
      };
      const first = find(start);
      const last = find(end);
      const range = document.createRange();
      range.setStart(first.node, first.at);
      range.setEnd(last.node, last.at + end.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [from, to] as const,
  );
}

/**
 * Does what choosing "Draft a fact-sandwich reply" in the context menu does: the service worker
 * runs the menu's own handler for the tab showing `pageUrl`.
 */
export async function chooseDraftReply(serviceWorker: Worker, pageUrl: string, selectionText: string): Promise<string> {
  return (await chooseDraftReplyWithOutcome(serviceWorker, pageUrl, selectionText)).kind;
}

/** The same, returning the sighting the capture logged, if any. */
export async function chooseDraftReplyWithOutcome(
  serviceWorker: Worker,
  pageUrl: string,
  selectionText: string,
): Promise<{ kind: string; sightingId?: string }> {
  return serviceWorker.evaluate(
    async ({ url, selection }) => {
      const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
      if (!tab) throw new Error(`no tab shows ${url}`);
      type Outcome = { kind: string; sighting?: { id: string } };
      const handler = (globalThis as unknown as { onDraftReplyMenuClicked: (info: object, tab: chrome.tabs.Tab) => Promise<Outcome> })
        .onDraftReplyMenuClicked;
      const outcome = await handler(
        { menuItemId: 'draft-reply', selectionText: selection, frameId: 0, editable: false, pageUrl: tab.url },
        tab,
      );
      return { kind: outcome.kind, ...(outcome.sighting ? { sightingId: outcome.sighting.id } : {}) };
    },
    { url: pageUrl, selection: selectionText },
  );
}

/** The side panel's page, opened as a tab (the panel itself opens only on a real user gesture). */
export async function openReplyPanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return panel;
}

/**
 * Puts the caret at the very end of an editor section. Clicking and pressing End is not enough
 * in a narrow panel: End goes to the end of the visual line, and long sections wrap.
 */
export async function caretAtEndOf(section: Locator): Promise<void> {
  await section.evaluate((element) => {
    (element.closest('[contenteditable="true"]') as HTMLElement).focus();
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let last: Node | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node;
    const range = document.createRange();
    if (last) range.setStart(last, last.nodeValue?.length ?? 0);
    else range.selectNodeContents(element);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
}
