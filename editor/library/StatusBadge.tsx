import type { EntryStatus } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';

export function StatusBadge({ status }: { status: EntryStatus }) {
  const { t } = useTranslation();
  return <span className={`status status-${status}`}>{t(`entryStatus.${status}`)}</span>;
}
