import { describe, expect, it } from 'vitest';
import { compareLibraryVersions } from '../../shared/subscriptions/compare-library-versions';
import { defaultLibraryVersion } from './default-library-version';

describe('defaultLibraryVersion', () => {
  it('gives two publications on one day versions in order, so subscribers take the second', () => {
    const morning = defaultLibraryVersion(new Date(2026, 11, 7, 9, 5, 7));
    const evening = defaultLibraryVersion(new Date(2026, 11, 7, 20, 49, 55));
    expect(morning).toBe('2026.12.7.90507');
    expect(evening).toBe('2026.12.7.204955');
    expect(compareLibraryVersions(evening, morning)).toBe(1);
    expect(compareLibraryVersions(defaultLibraryVersion(new Date(2026, 11, 8, 0, 0, 1)), evening)).toBe(1);
  });
});
