import { InvalidRecordError } from '../../shared/db/invalid-record-error';
import { interfaceI18n } from '../i18n/interface-i18n';

/**
 * Why an action failed, in words a person can act on, for every form and list in the editor.
 * The browser's storage errors arrive as DOMExceptions or wrapped by Dexie ("AbortError" around
 * "QuotaExceededError"); their own messages name internals. Our own errors already speak plainly
 * and are kept, a refused record with its fields named as the form names them.
 */
export function describeFailure(error: unknown, labels: Readonly<Record<string, string>> = {}): string {
  const names = [nameOf(error), nameOf((error as { inner?: unknown } | undefined)?.inner)];
  if (names.includes('QuotaExceededError')) return interfaceI18n.t('failure.storageFull');
  if (names.includes('DatabaseClosedError') || names.includes('VersionError')) return interfaceI18n.t('failure.updatedElsewhere');
  if (names.includes('AbortError') || names.includes('TransactionInactiveError')) return interfaceI18n.t('failure.aborted');
  if (error instanceof InvalidRecordError) return withLabels(error.message.replace(/^Not saved — /, ''), labels);
  const message = error instanceof Error ? error.message : String(error);
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

function nameOf(value: unknown): string {
  return value instanceof Error || value instanceof DOMException ? value.name : '';
}

/** `userName: must be filled in` becomes `Your name: must be filled in`, for the fields a form labels. */
function withLabels(message: string, labels: Readonly<Record<string, string>>): string {
  return message.replace(/^([\w.[\]]+): /gm, (line, field: string) => (labels[field] ? `${labels[field]}: ` : line));
}
