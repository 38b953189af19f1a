import { describe, expect, it } from 'vitest';
import { describeEntryChange } from './describe-entry-change';

describe('describeEntryChange', () => {
  it.each([
    [{ by: 'Ana', kind: 'edited', fields: ['fact', 'updated'], before: {} }, 'Ana changed fact'],
    [{ by: 'Ana', kind: 'edited', fields: ['fact', 'status', 'updated'], before: {} }, 'Ana changed fact and status'],
    [{ by: 'Bea', kind: 'edited', fields: ['title', 'sources', 'reviewBy'], before: {} }, 'Bea changed title, sources and review-by date'],
    [{ by: 'Ana', kind: 'created', fields: ['id', 'title'] }, 'Ana created the entry'],
    [{ by: 'Bea', kind: 'vetted', fields: ['status', 'reviews', 'updated'] }, 'Bea vetted the entry'],
    [{ by: 'someone on this device', kind: 'sent-to-review', fields: ['status'] }, 'someone on this device sent the entry to review'],
    [{ by: 'Cy', kind: 'retired', fields: ['status'] }, 'Cy retired the entry'],
    [{ by: 'Team library', kind: 'synced', fields: ['*'] }, 'Team library synced: every field'],
    [{ by: 'Ana', kind: 'imported', fields: ['fact', 'newField'], before: {} }, 'Ana imported: fact and newField'],
    [{ by: 'Team library', kind: 'synced', fields: ['title'], before: {} }, 'Team library synced: title'],
    [{ by: 'Team library', kind: 'synced', fields: ['fact', 'id', 'title'] }, 'Team library synced: a new entry'],
    [{ by: 'Bea', kind: 'received', fields: ['fact', 'id', 'title'] }, 'Bea added the entry from a reply an ally shared'],
    [{ by: 'Ana', kind: 'edited', fields: ['updated'], before: {} }, 'Ana changed nothing'],
  ])('%j → %s', (change, line) => {
    expect(describeEntryChange(change)).toBe(line);
  });
});
