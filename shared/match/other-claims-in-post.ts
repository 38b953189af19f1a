import type { Entry } from '../schema/entry';
import { foldInPlace } from '../language/fold-in-place';
import { splitSentences } from '../language/sentences';
import { isStopword } from '../language/stopwords';
import { languageSchema } from '../schema/language';
import { matchesToOffer } from './matches-to-offer';

/** At most this many other claims are answered besides the main one: more would bury the fact. */
export const mostOtherClaims = 2;

/**
 * How sure a part of a post must be of its match: a part is a few words, so the bar is the
 * matcher's own, plus a margin (a short part that only shares a word with an entry is not a claim).
 */
const partConfidence = 0.55;

/**
 * Words that join two claims in one sentence ("…don't pay a cent in taxes but get everything
 * free", "…get £45 a week plus free iPhones while our pensioners freeze").
 */
const claimJoins = new RegExp(
  [
    '[,;:–—]',
    '\\b(?:but|and|while|whereas|plus|yet|also|and then)\\b',
    '\\b(?:mais|et|alors que|tandis que|en plus)\\b',
    '\\b(?:aber|und|während|dazu|obendrein)\\b',
    '\\b(?:pero|y|mientras|además|encima)\\b',
    '\\b(?:ma|e|mentre|inoltre|pure)\\b',
  ].join('|'),
  'iu',
);

/**
 * The other library entries a post's other claims match, besides the entry that answers it:
 * each part of the post (its sentences, split where a "but", "and", "while" or a comma joins
 * two claims) is matched on its own, and a part whose best vetted match is another entry, not
 * the same claim about another place, is another claim. In the order they are made.
 */
export function otherClaimsInPost(post: string, entries: readonly Entry[], answered: Entry): Entry[] {
  const others: Entry[] = [];
  for (const part of claimParts(post)) {
    const { vetted } = matchesToOffer(part, entries);
    const [best] = vetted;
    if (!best || best.confidence < partConfidence || best.entry.id === answered.id) continue;
    // The same claim again: about another place ("they take our jobs": the UK entry and the US
    // one), or a variant on the same topic that the answered entry matches too.
    const alsoAnswered = vetted.some((match) => match.entry.id === answered.id);
    if (sameClaimElsewhere(best.entry, answered) || (alsoAnswered && sharesTopic(best.entry, answered))) continue;
    if (!others.some((entry) => entry.id === best.entry.id)) others.push(best.entry);
    if (others.length === mostOtherClaims) break;
  }
  return others;
}

function sameClaimElsewhere(candidate: Entry, answered: Entry): boolean {
  const place = (entry: Entry) => entry.scope.split(/[\s(,/]/)[0]!.toLowerCase();
  return sharesTopic(candidate, answered) && place(candidate) !== place(answered);
}

function sharesTopic(candidate: Entry, answered: Entry): boolean {
  return candidate.topics.some((topic) => answered.topics.includes(topic));
}

/**
 * The post's claims: its sentences, split where two claims are joined. A later part of a
 * sentence keeps the sentence's subject ("Undocumented immigrants … but get everything free" is
 * "Undocumented immigrants get everything free"), which the matcher needs to know who it is about.
 */
function claimParts(post: string): string[] {
  return splitSentences(post).flatMap((sentence) => {
    const parts = sentence.text
      .split(claimJoins)
      .map((part) => part?.trim() ?? '')
      .filter((part) => part.split(/\s+/).length >= 2);
    const subject = leadingWords(parts[0] ?? '');
    return parts.map((part, index) => (index === 0 || !subject ? part : `${subject} ${part}`));
  });
}

/** The first words of a claim up to its first function word: its subject, roughly ("Undocumented immigrants"). */
function leadingWords(part: string): string {
  const words: string[] = [];
  for (const word of part.split(/\s+/)) {
    const folded = foldInPlace(word.replace(/[^\p{L}\p{N}'’]/gu, ''));
    if (!folded || languageSchema.options.some((language) => isStopword(folded, language)) || words.length === 2) break;
    words.push(word);
  }
  return words.join(' ');
}
