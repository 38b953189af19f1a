import { describe, expect, it } from 'vitest';
import type { EntryStatus } from '../schema/entry';
import { canVet, sameName, type VetVerdict } from './can-vet';

const table: { name: string; status: EntryStatus; reviewer: string; lastChangedBy: string; verdict: VetVerdict }[] = [
  {
    name: 'a second person vets an entry in review',
    status: 'in-review',
    reviewer: 'Bea',
    lastChangedBy: 'Ana',
    verdict: { allowed: true },
  },
  { name: 'a second person vets a draft', status: 'draft', reviewer: 'Bea', lastChangedBy: 'Ana', verdict: { allowed: true } },
  {
    name: 'the original author vets a change someone else made',
    status: 'in-review',
    reviewer: 'Ana',
    lastChangedBy: 'Bea',
    verdict: { allowed: true },
  },
  {
    name: 'the author of the latest change',
    status: 'in-review',
    reviewer: 'Ana',
    lastChangedBy: 'Ana',
    verdict: { allowed: false, reason: 'You made the latest change to this entry, so someone else must vet it (two-person rule).' },
  },
  {
    name: 'the same name in other case and spacing',
    status: 'draft',
    reviewer: '  ana  lopez ',
    lastChangedBy: 'Ana Lopez',
    verdict: { allowed: false, reason: 'You made the latest change to this entry, so someone else must vet it (two-person rule).' },
  },
  {
    name: 'nobody named',
    status: 'in-review',
    reviewer: '  ',
    lastChangedBy: 'Ana',
    verdict: { allowed: false, reason: 'Set your name in Settings to vet entries.' },
  },
  {
    name: 'an entry already vetted',
    status: 'vetted',
    reviewer: 'Bea',
    lastChangedBy: 'Ana',
    verdict: { allowed: false, reason: 'This entry is already vetted.' },
  },
  {
    name: 'a retired entry',
    status: 'retired',
    reviewer: 'Bea',
    lastChangedBy: 'Ana',
    verdict: { allowed: false, reason: 'A retired entry cannot be vetted: send it to review first.' },
  },
];

describe('canVet (the two-person rule)', () => {
  it.each(table)('$name', ({ status, reviewer, lastChangedBy, verdict }) => {
    expect(canVet({ status }, { reviewer, lastChangedBy })).toMatchObject(verdict);
  });

  it('says which reason it is, for the interface to say in its language', () => {
    expect(canVet({ status: 'retired' }, { reviewer: 'Bea', lastChangedBy: 'Ana' })).toMatchObject({ why: { code: 'review.retired' } });
  });
});

describe('sameName', () => {
  it.each([
    ['Ana', 'ana', true],
    ['Ana  Lopez', ' ana lopez', true],
    ['Ｂｅａ', 'Bea', true], // full-width letters, as some keyboards type them
    ['Ana', 'Anna', false],
    ['Ana', '', false],
  ])('%s / %s: %s', (a, b, same) => {
    expect(sameName(a, b)).toBe(same);
  });
});
