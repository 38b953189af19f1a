import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { captureProblemSchema, type CaptureProblem } from '../../shared/messages';

/** Where a sighting was captured, so "insert into reply box" reaches the same tab and frame. */
const captureTargetSchema = z.strictObject({ tabId: z.number().int(), frameId: z.number().int().min(0) });
export type CaptureTarget = z.infer<typeof captureTargetSchema>;

// Session storage: tab ids mean nothing after a browser restart, and content scripts cannot read it.
const captureTargets = storage.defineItem<Record<string, unknown>>('session:captureTargets', { fallback: {} });
export const captureProblemItem = storage.defineItem<CaptureProblem | null>('session:captureProblem', { fallback: null });

/** Remembers the last few dozen captures: enough for any open panel, bounded for a long session. */
const keptTargets = 50;

export async function rememberCaptureTarget(sightingId: string, target: CaptureTarget): Promise<void> {
  const current = await captureTargets.getValue();
  const kept = Object.entries(current).slice(-(keptTargets - 1));
  await captureTargets.setValue({ ...Object.fromEntries(kept), [sightingId]: target });
}

export async function captureTargetFor(sightingId: string): Promise<CaptureTarget | undefined> {
  const parsed = captureTargetSchema.safeParse((await captureTargets.getValue())[sightingId]);
  return parsed.success ? parsed.data : undefined;
}

export function reportCaptureProblem({ problem, detail }: Pick<CaptureProblem, 'problem' | 'detail'>, now: Date): Promise<void> {
  return captureProblemItem.setValue({ problem, ...(detail === undefined ? {} : { detail: detail.slice(0, 500) }), at: now.toISOString() });
}

/** The side panel reads the problem through this, validated: session storage is a boundary too. */
export async function readCaptureProblem(): Promise<CaptureProblem | undefined> {
  const parsed = captureProblemSchema.safeParse(await captureProblemItem.getValue());
  return parsed.success ? parsed.data : undefined;
}
