import { browser } from 'wxt/browser';
import { handOverReplyText } from '../../shared/capture/reply-text-handoff';
import { insertReplyResultSchema, type PanelResponse } from '../../shared/messages';
import { captureTargetFor } from './capture-session';

/**
 * Puts the reply into the focused reply field of the page the post came from. It never posts:
 * the person reads it there and presses the platform's own button. The answer is a code the
 * side panel words in the interface language.
 */
export async function insertReply(sightingId: string, text: string): Promise<PanelResponse> {
  const target = await captureTargetFor(sightingId);
  if (!target) return { ok: false, problem: 'tab-unknown' };
  let result: unknown;
  try {
    const frame = { tabId: target.tabId, frameIds: [target.frameId] };
    await browser.scripting.executeScript({ target: frame, func: handOverReplyText, args: [text] });
    const [injection] = await browser.scripting.executeScript({ target: frame, files: ['/insert-reply.js'] });
    result = injection?.result;
  } catch (error) {
    console.warn('Fact Sandwich: could not insert the reply', error);
    return { ok: false, problem: 'page-unreachable' };
  }
  const parsed = insertReplyResultSchema.safeParse(result);
  return parsed.success ? parsed.data : { ok: false, problem: 'not-confirmed' };
}
