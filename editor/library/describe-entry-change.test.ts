import { describe, expect, it } from 'vitest';
import { describeEntryChange } from './describe-entry-change';

describe('describeEntryChange', () => {
  it.each([
    [{ by: 'Ana', kind: 'edited', fields: ['fact', 'updated'] }, 'Ana changed fact'],
    [{ by: 'Ana', kind: 'edited', fields: ['fact', 'status', 'updated'] }, 'Ana changed fact and status'],
    [{ by: 'Bea', kind: 'edited', fields: ['title', 'sources', 'reviewBy'] }, 'Bea changed title, sources and review-by date'],
    [{ by: 'Ana', kind: 'created', fields: ['id', 'title'] }, 'Ana created the entry'],
    [{ by: 'Bea', kind: 'vetted', fields: ['status', 'reviews', 'updated'] }, 'Bea vetted the entry'],
    [{ by: 'someone on this device', kind: 'sent-to-review', fields: ['status'] }, 'someone on this device sent the entry to review'],
    [{ by: 'Cy', kind: 'retired', fields: ['status'] }, 'Cy retired the entry'],
    [{ by: 'Team library', kind: 'synced', fields: ['*'] }, 'Team library synced: every field'],
    [{ by: 'Ana', kind: 'imported', fields: ['fact', 'newField'] }, 'Ana imported: fact and newField'],
    [{ by: 'Ana', kind: 'edited', fields: ['updated'] }, 'Ana changed nothing'],
  ])('%j → %s', (change, line) => {
    expect(describeEntryChange(change)).toBe(line);
  });
});
