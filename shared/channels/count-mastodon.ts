import { countGraphemes, graphemeOffset } from './count-graphemes';
import { findMastodonEntities } from './find-mastodon-entities';

// Mastodon counts grapheme clusters, not code points. Found in mastodon/mastodon:
// - app/validators/status_length_validator.rb, which decides: it rewrites the text (every link
//   becomes 23 "x", `@user@domain` becomes `@user`), puts the content warning in front and counts
//   `str.each_grapheme_cluster.size` (older versions: `mb_chars.grapheme_length`) against MAX_CHARS:
//   500, or what the server sets and reports as configuration.statuses.max_characters. Links need a
//   protocol there: extract_url_without_protocol: false.
// - the web composer: app/javascript/mastodon/features/compose/util/counter.ts (countableText, the
//   same rewrite, with util/url_regex.js: "the protocol isn't optional") and
//   components/character_counter.tsx, which counts with `length` from the stringz package, an
//   approximation of grapheme clusters. A newer counter.test.ts also shortens bare domains
//   ("see example.com here"); the validator, which refuses posts, does not, so neither does this.
// Not covered: the content warning, which counts towards the same limit.

/** Mastodon's length of `text`, and where the first grapheme or link that does not fit starts. */
export function measureMastodon(text: string, limit = Infinity): { length: number; overflowOffset: number | undefined } {
  let length = 0;
  let overflowOffset: number | undefined;
  let from = 0;
  const countUpTo = (to: number) => {
    const graphemes = countGraphemes(text, from, to);
    if (overflowOffset === undefined && length + graphemes > limit) {
      overflowOffset = graphemeOffset(text, limit - length, from, to);
    }
    length += graphemes;
  };
  for (const entity of findMastodonEntities(text)) {
    countUpTo(entity.start);
    if (overflowOffset === undefined && length + entity.weight > limit) overflowOffset = entity.start;
    length += entity.weight;
    from = entity.end;
  }
  countUpTo(text.length);
  return { length, overflowOffset };
}

/** Mastodon's length: links count 23, a remote mention only its `@user` part, the rest per grapheme. */
export function countMastodon(text: string): number {
  return measureMastodon(text).length;
}
