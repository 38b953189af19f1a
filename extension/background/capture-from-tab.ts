import { browser, type Browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { captureScriptFor } from '../../shared/capture/capture-script-for';
import { capturedPostFromPage } from '../../shared/capture/captured-post-from-page';
import { detectPlatform } from '../../shared/capture/detect-platform';
import { getSettings } from '../../shared/db';
import { recordMatchedSighting } from '../../shared/match/record-matched-sighting';
import type { CaptureProblemCode } from '../../shared/messages';
import type { Sighting } from '../../shared/schema';
import { backgroundLibraryDatabase } from './background-database';
import { rememberCaptureTarget, reportCaptureProblem } from './capture-session';

export type ReplyTrigger = {
  tab: Browser.tabs.Tab | undefined;
  /** The context menu reports the selection itself: a fallback when the page cannot be read. */
  selectionText?: string;
  frameId?: number;
  /** The toolbar button may be pressed with nothing selected: then it only opens the panel. */
  selectionRequired: boolean;
};

export type CaptureOutcome =
  | { kind: 'captured'; sighting: Sighting }
  | { kind: 'nothing-selected' }
  | { kind: 'failed'; problem: CaptureProblemCode; detail?: string };

const unreadablePage = { kind: 'failed', problem: 'unreadable-page' } as const;

/**
 * Captures the selection in a tab as a sighting: injects the tiny capture script (allowed by the
 * activeTab grant the user's click gave), validates what it returns, and logs it with the library
 * entries it matches. Any failure is reported to the side panel rather than lost.
 */
export async function captureFromTab(trigger: ReplyTrigger, now = new Date()): Promise<CaptureOutcome> {
  const outcome = await capture(trigger, now);
  if (outcome.kind === 'failed') await reportCaptureProblem(outcome, now);
  return outcome;
}

async function capture({ tab, selectionText = '', frameId = 0, selectionRequired }: ReplyTrigger, now: Date): Promise<CaptureOutcome> {
  if (tab?.id === undefined) return unreadablePage;
  const fromPage = await readPage(tab.id, frameId, captureScriptFor(detectPlatform(tab.url ?? '')));
  // The menu's own selection wins when the script saw none (a selection inside a cross-origin frame).
  const raw =
    fromPage && !(isEmptySelection(fromPage) && selectionText.trim() !== '')
      ? fromPage
      : selectionText.trim() !== ''
        ? { selectionText, url: tab.url ?? '', title: tab.title ?? '', posts: [], truncated: false }
        : undefined;
  if (raw === undefined) return fromPage || !selectionRequired ? { kind: 'nothing-selected' } : unreadablePage;
  if (isEmptySelection(raw) && !selectionRequired) return { kind: 'nothing-selected' };

  const result = capturedPostFromPage(raw, now);
  if (!result.ok) return { kind: 'failed', problem: result.problem, ...(result.detail === undefined ? {} : { detail: result.detail }) };
  const db = await backgroundLibraryDatabase();
  // Who captured it and which myths it repeats, for the team's impact figures: kept here, not
  // by the side panel, so a capture with the panel closed counts the same.
  const sighting = await recordMatchedSighting(db, result.post, (await getSettings(db)).userName || undefined);
  await rememberCaptureTarget(sighting.id, { tabId: tab.id, frameId });
  return { kind: 'captured', sighting };
}

/**
 * What the capture script returned, or undefined when the page may not be scripted. Only the
 * script with the page's platform reader is injected (capture-script-for.ts).
 */
async function readPage(tabId: number, frameId: number, script: ReturnType<typeof captureScriptFor>): Promise<unknown> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [script as ScriptPublicPath],
    });
    return injection?.result ?? undefined;
  } catch (error) {
    console.warn('Fact Sandwich: the capture script could not run', error);
    return undefined;
  }
}

function isEmptySelection(raw: unknown): boolean {
  const text = (raw as { selectionText?: unknown } | null)?.selectionText;
  return typeof text !== 'string' || text.trim() === '';
}
