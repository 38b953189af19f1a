import { browser, type Browser } from 'wxt/browser';
import { captureFromTab, type CaptureOutcome } from './capture-from-tab';
import { draftReplyCommand } from './draft-reply-command';
import { openReplyPanel } from './open-reply-panel';

export { draftReplyCommand };

export const draftReplyMenuId = 'draft-reply';

/**
 * Context menu "Draft a fact-sandwich reply". A named function, so end-to-end tests can call it
 * from the service worker: a browser's native menu cannot be clicked by automation.
 */
export function onDraftReplyMenuClicked(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<CaptureOutcome> | undefined {
  if (info.menuItemId !== draftReplyMenuId) return undefined;
  openReplyPanel(tab);
  return captureFromTab({
    tab,
    ...(info.selectionText === undefined ? {} : { selectionText: info.selectionText }),
    ...(info.frameId === undefined ? {} : { frameId: info.frameId }),
    selectionRequired: true,
  });
}

export function onDraftReplyCommand(command: string, tab?: Browser.tabs.Tab): Promise<CaptureOutcome> | undefined {
  if (command !== draftReplyCommand) return undefined;
  openReplyPanel(tab);
  return captureFromTab({ tab, selectionRequired: true });
}

/** The toolbar button opens the panel, and drafts from the selection when there is one. */
export function onToolbarButtonClicked(tab: Browser.tabs.Tab): Promise<CaptureOutcome> {
  openReplyPanel(tab);
  return captureFromTab({ tab, selectionRequired: false });
}

export async function createDraftReplyMenu(): Promise<void> {
  // Recreated on every install and update: a stale menu from an older version must not linger.
  await browser.contextMenus.removeAll();
  // In the browser's language, from _locales: the side panel names the item as the menu shows it.
  browser.contextMenus.create({ id: draftReplyMenuId, title: browser.i18n.getMessage('draftReplyMenu'), contexts: ['selection'] });
}

/** Wires every way of starting a reply. Listeners are added synchronously: MV3 wakes the worker for them. */
export function registerReplyTriggers(): void {
  browser.runtime.onInstalled.addListener(() => void createDraftReplyMenu());
  browser.contextMenus.onClicked.addListener(onDraftReplyMenuClicked);
  browser.commands.onCommand.addListener(onDraftReplyCommand);
  // Firefox's MV2 build has browserAction where Chrome's MV3 has action.
  const toolbar = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  toolbar.onClicked.addListener(onToolbarButtonClicked);
}
