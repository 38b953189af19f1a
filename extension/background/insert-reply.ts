import { browser } from 'wxt/browser';
import { handOverReplyText } from '../../shared/capture/reply-text-handoff';
import { insertReplyResultSchema, type PanelResponse } from '../../shared/messages';
import { captureTargetFor } from './capture-session';

const whereMessages = { textarea: 'the reply box', input: 'the reply field', contenteditable: 'the reply box' } as const;

/**
 * Puts the reply into the focused reply field of the page the post came from. It never posts:
 * the person reads it there and presses the platform's own button.
 */
export async function insertReply(sightingId: string, text: string): Promise<PanelResponse> {
  const target = await captureTargetFor(sightingId);
  if (!target) {
    return {
      ok: false,
      message: 'The tab this post came from is no longer known (the browser was restarted). Copy the reply and paste it instead.',
    };
  }
  let result: unknown;
  try {
    const frame = { tabId: target.tabId, frameIds: [target.frameId] };
    await browser.scripting.executeScript({ target: frame, func: handOverReplyText, args: [text] });
    const [injection] = await browser.scripting.executeScript({ target: frame, files: ['/insert-reply.js'] });
    result = injection?.result;
  } catch (error) {
    console.warn('Fact Sandwich: could not insert the reply', error);
    return {
      ok: false,
      message: 'The page could not be reached: it was closed, reloaded or moved on. Copy the reply and paste it instead.',
    };
  }
  const parsed = insertReplyResultSchema.safeParse(result);
  if (!parsed.success) return { ok: false, message: 'The page did not confirm the insertion. Copy the reply and paste it instead.' };
  if (!parsed.data.ok) return parsed.data;
  return { ok: true, message: `Inserted into ${whereMessages[parsed.data.into]} on the page. Nothing is posted until you post it there.` };
}
