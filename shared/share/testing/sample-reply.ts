import { assembleLibrary } from '../../library/assemble-library';
import { readLibraryFolder } from '../../library/read-library-folder';
import type { Bundle } from '../../schema';
import type { SharedReplyInput } from '../create-shared-reply';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid for these tests');
export const starter: Bundle = assembled.bundle;

const entry = starter.entries.find((candidate) => candidate.id === 'uk-immigrants-take-jobs')!;

/** A reply as the side panel would share it: one entry, two finished variants. */
export const sampleReplyInput: SharedReplyInput = {
  from: { name: 'Amira Haddad', organisation: 'Leeds City Council' },
  entry,
  variants: [
    {
      audience: starter.audiences.find((audience) => audience.id === 'local-workers')!,
      spokesperson: starter.spokespeople.find((person) => person.id === 'city-communications')!,
      channel: 'facebook',
      language: 'en',
      sections: {
        fact: 'Migrants have little or no effect on UK-born workers’ chances of a job.',
        myth: 'A common myth says migrants take jobs that would otherwise go to British workers.',
        explanation: 'The number of jobs is not fixed: people who arrive also spend, start businesses and fill gaps, which creates work.',
        factAgain: 'Studies by the Migration Observatory find little or no effect on UK-born employment.',
      },
    },
    {
      audienceId: 'older-residents',
      channel: 'x',
      language: 'en',
      sections: {
        fact: 'Migrants do not cost UK-born workers their jobs.',
        myth: 'Some say they take British jobs.',
        explanation: 'Jobs are not a fixed pie.',
        factAgain: 'No effect on UK-born jobs (Migration Observatory).',
      },
    },
  ],
  note: 'Use the first one on the council page; the second fits X.',
};
