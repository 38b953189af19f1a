import { createContext, useContext } from 'react';

export type ToastTone = 'success' | 'info' | 'error';
export type ShowToast = (message: string, options?: { tone?: ToastTone }) => void;

export const ToastContext = createContext<ShowToast | undefined>(undefined);

// Views are also rendered on their own (unit tests, the options page before it had toasts): there
// a confirmation has nowhere to go, and a missing provider must not break the action it confirms.
const nowhere: ShowToast = () => {};

/** Confirms an action in a short-lived, politely announced message ("Saved “Parents”."). */
export function useToast(): ShowToast {
  return useContext(ToastContext) ?? nowhere;
}
