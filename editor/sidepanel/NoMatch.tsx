import { useState } from 'react';
import type { Entry } from '../../shared/schema';
import { EntryPicker } from '../compose/EntryPicker';

type Props = { entries: Entry[]; onUse(entry: Entry): void; onCreateEntry(): void };

/**
 * Said plainly: the library has no answer to this post. The person can look for one in other
 * words, or start a new entry from the post (a gap for the team to research).
 */
export function NoMatch({ entries, onUse, onCreateEntry }: Props) {
  const [searching, setSearching] = useState(false);
  return (
    <section aria-labelledby="no-match-heading" className="no-match">
      <h2 id="no-match-heading">Nothing in the library matches this post</h2>
      <p>It may be a myth the library does not cover yet, or it may not be about a myth at all.</p>
      {searching ? (
        <EntryPicker entries={entries} onSelect={onUse} />
      ) : (
        <button type="button" onClick={() => setSearching(true)}>
          Search the library
        </button>
      )}
      <button type="button" onClick={onCreateEntry}>
        Create an entry from this post
      </button>
    </section>
  );
}
