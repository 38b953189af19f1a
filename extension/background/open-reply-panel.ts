import { browser, type Browser } from 'wxt/browser';

type PanelApis = {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
};

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). Both browsers allow this only while a user
 * gesture is being handled, so callers invoke it first, synchronously, before any `await`.
 */
export function openReplyPanel(tab: Browser.tabs.Tab | undefined): void {
  const apis = browser as unknown as PanelApis;
  let opening: Promise<void> | undefined;
  try {
    if (apis.sidePanel) {
      opening = apis.sidePanel.open(tab?.id !== undefined ? { tabId: tab.id } : { windowId: tab?.windowId ?? -2 });
    } else {
      opening = apis.sidebarAction?.open();
    }
  } catch (error) {
    opening = Promise.reject(error);
  }
  // Without a gesture (a test calling the handler) the panel stays closed; the capture still happens.
  opening?.catch((error: unknown) => console.warn('Fact Sandwich: the side panel could not be opened', error));
}
