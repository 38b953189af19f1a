import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import type { ChannelId } from '../../shared/schema/channel';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');

/** The starter library, read from fact-library/ as the CLI reads it (Node only). */
export const starterLibrary = assembled.bundle;

const find = <T extends { id: string }>(items: readonly T[], id: string): T => {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`the starter library has no "${id}"`);
  return found;
};

/**
 * A request as a council's communications officer would make it: the asylum-support entry, for
 * the ambivalent majority, from the council's own team — sign-off, audience and sources all in.
 */
export function starterRequest(channel: ChannelId = 'mastodon') {
  return {
    entry: find(starterLibrary.entries, 'asylum-luxury-support'),
    audience: find(starterLibrary.audiences, 'ambivalent-majority'),
    spokesperson: find(starterLibrary.spokespeople, 'city-communications'),
    channel,
  };
}
