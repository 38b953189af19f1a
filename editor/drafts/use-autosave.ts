import { useCallback, useEffect, useRef, useState } from 'react';
import { sameValue } from '../../shared/review/same-value';

export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'failed';
export type Autosave = {
  status: AutosaveStatus;
  error?: unknown;
  /** Saves now what is not saved yet (also the retry after a failed save). */
  flush: () => void;
  /** Takes `value` as what is stored (adopted from another window): no save, status "saved". */
  markSaved: (value: unknown) => void;
};

/** Marks "nothing known to be stored" after a failed save, so the same value is tried again. */
const unsaved = Symbol('unsaved');

/**
 * Saves `value` after it stops changing for `delayMs`, and at the latest `2 × delayMs` after the
 * first unsaved change (within a second by default), so steady typing cannot put saving off for
 * ever. Saves at once when the page is hidden or left, and when the component unmounts: a closed
 * tab or a route change loses nothing. `stored` (by default the value it starts with) counts as
 * saved: it came from the database; a value recovered from elsewhere starts unsaved and is saved
 * soon. A value equal to the last saved one is never saved again. Saves run one
 * after another, in order, so an older save never lands after a newer one.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => unknown,
  delayMs = 500,
  isSame: (a: T, b: T) => boolean = sameContent,
  stored: T = value,
): Autosave {
  const [state, setState] = useState<{ status: AutosaveStatus; error?: unknown }>(() => ({
    status: isSame(value, stored) ? 'saved' : 'pending',
  }));
  const latest = useRef(value);
  const lastSaved = useRef<T | typeof unsaved>(stored);
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

  const markSaved = useCallback((value: unknown) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    firstChangeAt.current = undefined;
    lastSaved.current = value as T;
    latest.current = value as T;
    setState({ status: 'saved' });
  }, []);

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
    // A failed save stays shown while the person types on: the next save will say how it went.
    setState((current) => (current.status === 'failed' ? current : { status: 'pending' }));
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

  return { ...state, flush, markSaved };
}

/**
 * Equal content (`sameValue`). A top-level `updatedAt` and `revision` are left out: saveDraft
 * stamps them, so a draft that comes back from saving with a new time is not a change to save again.
 */
export function sameContent<T>(a: T, b: T): boolean {
  return sameValue(withoutStamp(a), withoutStamp(b));
}

function withoutStamp(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || !('updatedAt' in value)) return value;
  const { updatedAt: _stamp, revision: _revision, ...rest } = value as Record<string, unknown>;
  return rest;
}
