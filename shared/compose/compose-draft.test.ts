import { expect, it } from 'vitest';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { composeDraft, composeTemplateDraft } from '.';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const entry = assembled.bundle.entries[0]!;

it('composes with the offline template composer by default', async () => {
  const draft = await composeDraft({ entry, channel: 'bluesky' });
  expect(draft).toEqual(composeTemplateDraft({ entry, channel: 'bluesky' }));
  expect(draft.composer).toBe('template');
});

it('stops when the caller has already cancelled', async () => {
  const controller = new AbortController();
  controller.abort();
  await expect(composeDraft({ entry }, undefined, controller.signal)).rejects.toThrow();
});
