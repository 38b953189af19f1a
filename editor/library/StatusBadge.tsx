import type { EntryStatus } from '../../shared/schema';

export const statusLabels: Record<EntryStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  vetted: 'Vetted',
  retired: 'Retired',
};

export function StatusBadge({ status }: { status: EntryStatus }) {
  return <span className={`status status-${status}`}>{statusLabels[status]}</span>;
}
