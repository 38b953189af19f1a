import type { Reason } from '../../shared/schema/reason';
import { translateReason } from './translate-message';
import { useTranslation } from './use-translation';

/**
 * Says a reason from shared code (a refused sync, an import, a review verdict, a milestone) in the
 * interface's language, or the English it came with when the catalogue cannot. Re-renders with the language.
 */
export function useReasonText(): (said: { reason?: Reason | undefined; message: string }) => string {
  const { i18n } = useTranslation('reasons');
  return ({ reason, message }) => translateReason(i18n, reason, message);
}
