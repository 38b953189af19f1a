import { useCallback, useEffect, useRef, useState } from 'react';
import { sameValue } from '../../shared/review/same-value';

export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'failed';
export type Autosave = { status: AutosaveStatus; error?: unknown; flush: () => void };

/** Marks "nothing known to be stored" after a failed save, so the same value is tried again. */
const unsaved = Symbol('unsaved');

/**
 * Saves `value` after it stops changing for `delayMs`, and at the latest `2 × delayMs` after the
 * first unsaved change (within a second by default), so steady typing cannot put saving off for
 * ever. Saves at once when the page is hidden or left, and when the component unmounts: a closed
 * tab or a route change loses nothing. The value it starts with counts as saved (it came from
 * the database), and a value equal to the last saved one is never saved again. Saves run one
 * after another, in order, so an older save never lands after a newer one.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => unknown,
  delayMs = 500,
  isSame: (a: T, b: T) => boolean = sameContent,
): Autosave {
  const [state, setState] = useState<{ status: AutosaveStatus; error?: unknown }>({ status: 'saved' });
  const latest = useRef(value);
  const lastSaved = useRef<T | typeof unsaved>(value);
  const saveRef = useRef(save);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const firstChangeAt = useRef<number | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const inFlight = useRef(0);

  const isSaved = (candidate: T) => lastSaved.current !== unsaved && isSame(candidate, lastSaved.current);

  // biome-ignore lint/correctness/useExhaustiveDependencies: stable on purpose (see the end of the callback)
  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    firstChangeAt.current = undefined;
    const candidate = latest.current;
    if (isSaved(candidate)) return;
    lastSaved.current = candidate;
    const run = () => saveRef.current(candidate);
    // With nothing before it, the save starts now, not a microtask later: a page being left
    // must open its IndexedDB transaction inside the pagehide handler.
    const started = inFlight.current === 0 ? new Promise((resolve) => resolve(run())) : queue.current.then(run, run);
    inFlight.current++;
    setState({ status: 'saving' });
    queue.current = started.then(
      () => {
        inFlight.current--;
        if (inFlight.current === 0 && timer.current === undefined) setState({ status: 'saved' });
      },
      (error: unknown) => {
        inFlight.current--;
        if (lastSaved.current === candidate) lastSaved.current = unsaved;
        setState({ status: 'failed', error });
      },
    );
    // Stable on purpose: it reads everything through refs, so listeners added once stay current.
  }, []);

  useEffect(() => {
    saveRef.current = save;
  });

  // biome-ignore lint/correctness/useExhaustiveDependencies: isSaved reads refs only; a new copy of it each render is no change
  useEffect(() => {
    latest.current = value;
    if (isSaved(value)) {
      // Typed back to what is stored: nothing to do unless an earlier save is still running.
      clearTimeout(timer.current);
      timer.current = undefined;
      firstChangeAt.current = undefined;
      if (inFlight.current === 0) setState((current) => (current.status === 'pending' ? { status: 'saved' } : current));
      return;
    }
    const now = Date.now();
    firstChangeAt.current ??= now;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, Math.max(0, Math.min(delayMs, firstChangeAt.current + 2 * delayMs - now)));
    setState({ status: 'pending' });
  }, [value, delayMs, flush]);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    window.addEventListener('pagehide', flush, { signal });
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush(), { signal });
    return () => {
      controller.abort();
      flush();
    };
  }, [flush]);

  return { ...state, flush };
}

/**
 * Equal content (`sameValue`). A top-level `updatedAt` is left out: saveDraft stamps it, so a
 * draft that comes back from saving with a new time is not a change to save again.
 */
export function sameContent<T>(a: T, b: T): boolean {
  return sameValue(withoutStamp(a), withoutStamp(b));
}

function withoutStamp(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || !('updatedAt' in value)) return value;
  const { updatedAt: _stamp, ...rest } = value as Record<string, unknown>;
  return rest;
}
