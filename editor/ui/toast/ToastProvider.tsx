import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { AlertIcon, CheckIcon, CloseIcon } from '../icons/icons';
import { ToastContext, type ToastTone } from './use-toast';
import './toast.css';
import { useTranslation } from '../../i18n/use-translation';

type Toast = { id: number; message: string; tone: ToastTone };

/** Long enough to read two lines at a calm pace; hovering or focusing a toast holds it. */
export const toastDuration = 6000;

/**
 * The page's one polite live region for confirmations. It is in the page from the start (empty),
 * because screen readers announce changes to a live region, not a region that appears. A toast
 * only confirms: anything a person must act on (undo, a failure to fix) stays in the page.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const [held, setHeld] = useState(false);
  const nextId = useRef(0);
  const show = useCallback((message: string, options?: { tone?: ToastTone }) => {
    const id = nextId.current++;
    // At most three at once: a burst of actions should not cover the page.
    setToasts((current) => [...current, { id, message, tone: options?.tone ?? 'success' }].slice(-3));
  }, []);
  const { t } = useTranslation('common');
  const dismiss = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <section
        aria-label={t('toasts.region')}
        className="toast-region"
        onMouseEnter={() => setHeld(true)}
        onMouseLeave={() => setHeld(false)}
        onFocus={() => setHeld(true)}
        onBlur={() => setHeld(false)}
      >
        <div aria-live="polite" className="toast-stack">
          {toasts.map((toast) => (
            <ToastMessage key={toast.id} toast={toast} held={held} onDismiss={dismiss} />
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

function ToastMessage({ toast, held, onDismiss }: { toast: Toast; held: boolean; onDismiss: (id: number) => void }) {
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => onDismiss(toast.id), toastDuration);
    return () => clearTimeout(timer);
  }, [held, toast.id, onDismiss]);
  const { t } = useTranslation('common');
  const ToneIcon = toast.tone === 'error' ? AlertIcon : CheckIcon;
  return (
    <div className={`toast toast-${toast.tone}`}>
      <ToneIcon size={18} />
      <p>{toast.message}</p>
      <button type="button" className="toast-dismiss button-quiet" aria-label={t('toasts.dismiss')} onClick={() => onDismiss(toast.id)}>
        <CloseIcon size={16} />
      </button>
    </div>
  );
}
