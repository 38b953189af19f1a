import { Dexie } from 'dexie';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { InvalidRecordError } from '../../shared/db/invalid-record-error';
import { describeFailure } from './describe-failure';

const refused = new InvalidRecordError(
  'audience “older-residents”',
  z.object({ name: z.string().min(1, 'must be filled in') }).safeParse({ name: '' }).error!,
);

// Issue 19: a failed action reaches the person in words, never as the browser's or zod's internals.
describe('why an action failed, in words', () => {
  it.each<[string, unknown, RegExp]>([
    ['storage full', new DOMException('The quota has been exceeded.', 'QuotaExceededError'), /storage is full/],
    [
      'storage full, wrapped by Dexie',
      new Dexie.AbortError('Transaction aborted', new DOMException('q', 'QuotaExceededError')),
      /storage is full/,
    ],
    ['an upgrade in another tab', new Dexie.DatabaseClosedError('Database has been closed'), /updated in another tab.*Reload this page/],
    ['an aborted write', new DOMException('The transaction was aborted.', 'AbortError'), /nothing was changed\. Try again\./],
    ['our own words, kept', new Error('There is no draft “x” to rename.'), /^There is no draft “x” to rename\.$/],
    ['our own words, ended with a full stop', new Error('The key does not match'), /^The key does not match\.$/],
    ['a refused record, its field as the form labels it', refused, /^the audience “older-residents” is invalid:\nName: must be filled in$/],
  ])('%s', (_what, error, said) => {
    expect(describeFailure(error, { name: 'Name' })).toMatch(said);
  });

  it('never shows the internal names it recognised', () => {
    const said = describeFailure(new Dexie.AbortError('AbortError: Transaction aborted', new DOMException('q', 'QuotaExceededError')));
    expect(said).not.toMatch(/AbortError|Quota|DOMException/);
  });
});
