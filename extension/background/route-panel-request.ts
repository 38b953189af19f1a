import { browser, type Browser } from 'wxt/browser';
import { panelRequestSchema, type PanelResponse } from '../../shared/messages';
import { describeZodError } from '../../shared/schema';
import { insertReply } from './insert-reply';

/**
 * Answers requests from the extension's own pages. Web pages and content scripts get a refusal:
 * only our pages may make the background reach into a tab.
 */
export async function routePanelRequest(message: unknown, sender: Browser.runtime.MessageSender): Promise<PanelResponse> {
  if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) {
    return { ok: false, problem: 'refused-sender' };
  }
  const parsed = panelRequestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, problem: 'refused-invalid', detail: describeZodError(parsed.error).slice(0, 2_000) };
  switch (parsed.data.type) {
    case 'insert-reply':
      return insertReply(parsed.data.sightingId, parsed.data.text);
  }
}
