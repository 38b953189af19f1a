import { libraryHref, newEntryHref } from '../../services/use-hash-route';

/**
 * Said plainly when no entry matches what was typed, with the two ways on: look through the
 * library by hand, or write the entry that is missing. The side panel has its own "create an
 * entry from this post" button and no library to link to, so it shows the sentence only.
 */
export function NothingMatches({ query, withLinks }: { query: string; withLinks: boolean }) {
  return (
    <p className="picker-nothing">
      Nothing in the library matches “{query.trim()}”
      {withLinks ? (
        <>
          {' '}
          — <a href={libraryHref}>search the library</a> or <a href={newEntryHref}>create an entry</a>.
        </>
      ) : (
        ': try other words, as the post puts it.'
      )}
    </p>
  );
}
