import type { Entry } from '../../schema/entry';
import type { Language } from '../../schema/language';
import { decideLanguage, languageVotes } from '../../language/detect-language';
import type { ClaimReading } from '../../language/claims/read-claim';
import { readClaim } from '../../language/claims/read-claim';
import { splitSentences } from '../../language/sentences';
import { tokenize } from '../../language/tokenize';

/** One thing the myth claims, as a clause: its content stems and whether it asserts or denies them. */
export type MythClaim = {
  terms: ReadonlySet<string>;
  /** Its first stems, which carry the predicate: a clause must share one of them to make the claim. */
  core: readonly string[];
  /** The second term when the myth compares ("more than they put in"). */
  comparand: ReadonlySet<string>;
  polarity: 1 | -1;
  /**
   * Where the wording comes from. The library's statement and the draft's own myth section are
   * neutral, careful wordings: one shared word can identify the claim ("they pay nothing").
   * Circulating phrasings and posts are noisy: they must share at least two words.
   */
  origin: 'statement' | 'draft' | 'phrasing' | 'post';
  /** The wording it was read from, to name it in explanations. */
  text: string;
};

/** The myth's claims with an index from each stem to the claims that use it. */
export type MythClaims = { claims: readonly MythClaim[]; byTerm: ReadonlyMap<string, readonly number[]> };

const coreSize = 2;

const byEntry = new WeakMap<Entry, Map<Language, MythClaim[]>>();
const byPost = new Map<string, MythClaim[]>();

/** The claims of the entry's myth (statement, translation, short line, phrasings in this language) and of the post. */
export function externalMythClaims(entry: Entry | undefined, post: string | undefined, language: Language): MythClaim[] {
  return [...(entry ? entryClaims(entry, language) : []), ...(post ? postClaims(post, language) : [])];
}

/** The claims a myth section states, read already (its warning is read as a hedge, so it is left out). */
export function claimsOfReadings(readings: readonly ClaimReading[], text: string, origin: MythClaim['origin']): MythClaim[] {
  const claims: MythClaim[] = [];
  for (const reading of readings) {
    const clauses = reading.clauses;
    // One word can stand for the claim only when it is the whole claim ("they pay nothing"), not
    // a piece of a longer one ("migrant pupils | who speak other languages | drag down…").
    const whole = clauses.filter((clause) => !clause.comparand && clause.terms.length > 0).length === 1;
    for (const [index, clause] of clauses.entries()) {
      if (clause.comparand || clause.aboutSpeaker || clause.terms.length === 0) continue;
      // "…while local families wait ten years", "…and our pensioners freeze": the grievance the
      // myth is set against, not what it claims about the group.
      if (clause.namesNatives && !clause.namesGroup) continue;
      const next = clauses[index + 1];
      const size = clause.terms.length + (next?.comparand ? next.terms.length : 0);
      if ((origin === 'phrasing' || origin === 'post' || !whole) && size < 2) continue;
      claims.push({
        terms: new Set(clause.terms),
        core: clause.terms.slice(0, coreSize),
        comparand: new Set(next?.comparand ? next.terms : []),
        polarity: clause.polarity,
        origin,
        text,
      });
      // "…luxury hotels, new phones and generous cash": the whole list is one claim too, so
      // "they get luxury hotels and new phones" makes it.
      const list = clauses.slice(index + 1).findIndex((item) => !item.listed || item.polarity !== clause.polarity);
      const items = clauses.slice(index, list < 0 ? clauses.length : index + 1 + list);
      if (!clause.listed && items.length > 1) {
        claims.push({
          terms: new Set(items.flatMap((item) => item.terms)),
          core: clause.terms.slice(0, coreSize),
          comparand: new Set(),
          polarity: clause.polarity,
          origin,
          text,
        });
      }
    }
  }
  return claims;
}

/** Indexes claims by stem, so a sentence is compared only with the claims it shares a word with. */
export function indexClaims(claims: readonly MythClaim[]): MythClaims {
  const byTerm = new Map<string, number[]>();
  for (const [index, claim] of claims.entries()) {
    for (const term of new Set([...claim.terms, ...claim.comparand])) {
      const list = byTerm.get(term);
      if (list) list.push(index);
      else byTerm.set(term, [index]);
    }
  }
  return { claims, byTerm };
}

function entryClaims(entry: Entry, language: Language): MythClaim[] {
  let perLanguage = byEntry.get(entry);
  if (!perLanguage) byEntry.set(entry, (perLanguage = new Map()));
  let claims = perLanguage.get(language);
  if (!claims) {
    const own = entry.language === language;
    const translation = own ? undefined : entry.translations[language];
    const neutral = [own ? entry.myth.statement : translation?.myth, (own ? entry.short : translation?.short)?.myth];
    claims = [
      ...neutral.flatMap((text) => (text ? claimsOfText(text, language, 'statement') : [])),
      // Phrasings circulate in many languages: each is compared only with drafts in its own.
      ...entry.myth.phrasings
        .filter((phrasing) => languageOf(phrasing, entry.language) === language)
        .flatMap((phrasing) => claimsOfText(phrasing, language, 'phrasing')),
    ];
    perLanguage.set(language, claims);
  }
  return claims;
}

function postClaims(post: string, language: Language): MythClaim[] {
  const key = `${language}\u0000${post}`;
  let claims = byPost.get(key);
  if (!claims) {
    claims = languageOf(post, language) === language ? claimsOfText(post, language, 'post') : [];
    if (byPost.size > 16) byPost.clear(); // a handful of posts are in play at once
    byPost.set(key, claims);
  }
  return claims;
}

function claimsOfText(text: string, language: Language, origin: MythClaim['origin']): MythClaim[] {
  const readings = splitSentences(text).map((sentence) => readClaim(sentence.text, tokenize(sentence.text), language));
  return claimsOfReadings(readings, text, origin);
}

function languageOf(text: string, fallback: Language): Language {
  return decideLanguage(languageVotes(tokenize(text).map((token) => token.folded)), fallback);
}
