import type { Language } from '../schema/language';
import {
  accordingTo,
  attributionVerbs,
  claimNouns,
  claimVerb,
  doubtQuestions,
  pronounBefore,
  reportJoins,
  unnamedSources,
} from './cues/attribution-cues';
import { falsityAdjectives, falsityCues } from './cues/falsity-cues';
import { namesGroup } from './cues/group-terms';
import { theyPronouns } from './cues/pronoun-cues';
import { stem } from './stem';
import { isStopword } from './stopwords';
import type { Token } from './tokenize';

type Range = { start: number; end: number };

/**
 * The kinds of words a warning is made of. `falsity`: the claim is called false or hearsay, or
 * the reader is told to beware (a warning by itself). `label`: an adjective that warns only as a
 * label ("FALSE:"). `report`: a verb or noun of saying that warns only where a report follows.
 */
type CueKind = 'falsity' | 'label' | 'verb' | 'noun' | 'doubt';
type Cue = Range & { kind: CueKind };

/** How many of the writer's words may come before a warning ("Donald Trump behauptet…", "On WhatsApp this week, a false message says…"). */
const wordsBefore: Record<CueKind, number> = { falsity: 3, label: 3, verb: 4, noun: 2, doubt: 1 };
/** How far a report's "that" or colon may follow its last warning word ("Un chiffre circule sur les réseaux :"). */
const joinWindow = 8;

/**
 * The warning that opens a myth sentence, from the sentence's start to where the myth itself
 * starts, or undefined when the sentence states the myth without one. A warning is, before the
 * myth: a word that calls it false or hearsay or says to beware ("A common myth:", "Intox :",
 * "Angeblich…", "Ojo con…"); a report of it — someone says, claims, posts, circulates, hears,
 * reads it — joined to it by "that", a colon or a comma ("Donald Trump behauptet, …", "Anda
 * circulando que…", "Heard the line that…?", "¿Viste lo de…?"); or a label before a colon
 * ("FALSE: …"). A few words may lead in; a claim may not: words after the myth ("They get hotels,
 * a common myth.") do not warn before it. `tokens` are the sentence's, `folded` the whole text.
 */
export function findWarningLead(
  folded: string,
  tokens: readonly Token[],
  sentence: Range,
  language: Language,
  /** Whether the myth may follow in another sentence ("We've all heard this one. They get…"). */
  followed = false,
): Range | undefined {
  // "Cari parrocchiani, alcuni di voi ci hanno chiesto…": a greeting is not the writer's claim.
  const greeting = greetingEnd(folded, sentence, language);
  if (greeting !== undefined) {
    sentence = { start: greeting, end: sentence.end };
    tokens = tokens.filter((token) => token.start >= greeting);
  }
  const question = folded.slice(sentence.start, sentence.end).trimEnd().endsWith('?');
  const cues = cuesIn(folded, sentence, language, question);
  if (cues.length === 0) return undefined;
  // "« Ils touchent tout » : voilà ce qu'on lit." Quotation marks report the myth from its first word.
  const quoted = quotedOpening(folded, sentence);
  if (quoted !== undefined && cues.some((cue) => cue.start >= quoted)) return { start: sentence.start, end: sentence.start };
  for (const cue of cues) {
    const before = tokens.filter((token) => token.end <= cue.start && !isStopword(token.folded, language));
    const writers = before.filter((token) => !unnamedSources[language].has(token.folded));
    // Each kind allows its own lead-in ("Quizá le haya llegado un mensaje que asegura…": too
    // long before the noun, not before the verb), so a later cue may still warn.
    if (writers.length > wordsBefore[cue.kind]) continue;
    // "Die meisten Flüchtlinge kommen nach Europa – das ist falsch": a clause before the warning is the myth.
    if (writers.length > 2 && /[,;:–—]|\s-\s/.test(folded.slice(sentence.start, cue.start))) break;
    const reports = cue.kind === 'verb' || cue.kind === 'noun';
    // "Migrants claim benefits": the people the myth is about are not its source.
    if (reports && before.some((token) => namesGroup(stem(token.folded, language), language))) continue;
    const end = leadEnd(folded, tokens, cues, cue, sentence, language, question);
    if (end === undefined) continue;
    // The claim's own words: not stopwords, not more warning words ("¡Alerta de bulo!").
    const after = tokens.filter(
      (token) =>
        token.start >= end &&
        token.end <= sentence.end &&
        !isStopword(token.folded, language) &&
        !cues.some((other) => other.start <= token.start && token.end <= other.end),
    );
    if (after.length === 0) {
      // A sentence that only announces the myth ("Here's one we hear a lot.", "¡Alerta de bulo!")
      // warns the next one; otherwise the warning trails what it follows ("They get hotels, a common myth.").
      if (followed) {
        if (before.some((token) => namesTarget(token, language)) || /[,;:–—]|\s-\s/.test(folded.slice(sentence.start, cue.start))) continue;
        return { start: sentence.start, end: sentence.end };
      }
      if (before.length > 0) continue;
    }
    return { start: sentence.start, end };
  }
  return undefined;
}

/** Every warning word in the sentence, in reading order, overlapping ones dropped. */
function cuesIn(folded: string, sentence: Range, language: Language, question: boolean): Cue[] {
  const found: Cue[] = [];
  const kinds: [RegExp, CueKind][] = [
    [falsityCues[language], 'falsity'],
    [falsityAdjectives[language], 'label'],
    [attributionVerbs[language], 'verb'],
    [claimNouns[language], 'noun'],
  ];
  if (question) kinds.unshift([doubtQuestions[language], 'doubt']);
  for (const [pattern, kind] of kinds) {
    pattern.lastIndex = sentence.start;
    for (let match = pattern.exec(folded); match && match.index < sentence.end; match = pattern.exec(folded)) {
      found.push({ start: match.index, end: Math.min(match.index + match[0].length, sentence.end), kind });
    }
    pattern.lastIndex = 0;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const cues = found.filter((cue, index) => index === 0 || cue.start >= found[index - 1]!.end);
  // "A false claim", "une fausse information", "una noticia falsa": a claim called false warns by itself.
  return cues.flatMap((cue, index) => {
    const next = cues[index + 1];
    const previous = cues[index - 1];
    if (cue.kind === 'label' && next?.kind === 'noun' && adjacent(folded, cue, next)) return [{ ...cue, end: next.end, kind: 'falsity' }];
    if (cue.kind === 'noun' && next?.kind === 'label' && adjacent(folded, cue, next)) return [{ ...cue, end: next.end, kind: 'falsity' }];
    if (
      (cue.kind === 'noun' && previous?.kind === 'label' && adjacent(folded, previous, cue)) ||
      (cue.kind === 'label' && previous?.kind === 'noun' && adjacent(folded, previous, cue))
    )
      return [];
    return [cue];
  });
}

function adjacent(folded: string, first: Range, second: Range): boolean {
  return /^\s+$/.test(folded.slice(first.end, second.start));
}

/** Where the myth starts after a warning word, or undefined when nothing joins the two. */
function leadEnd(
  folded: string,
  tokens: readonly Token[],
  cues: readonly Cue[],
  cue: Cue,
  sentence: Range,
  language: Language,
  question: boolean,
): number | undefined {
  // A label joins only right away: "FALSE: …", "Faux :".
  if (cue.kind === 'label') return joinAt(folded, cue.end, language);
  const joined = joinWithin(folded, tokens, cues, cue, sentence, language);
  if (joined !== undefined || cue.kind === 'falsity' || cue.kind === 'doubt') return joined ?? cue.end;
  if (cue.kind === 'noun') {
    // "Laut einem viralen Post …", "according to a chain message, …": the claim is handed to it.
    if (accordingTo[language].test(folded.slice(sentence.start, cue.start))) return cue.end;
    // English: "A popular post claims migrants…", the claim's own verb of saying, then the report.
    const verb = language === 'en' ? cues.find((other) => other.kind === 'verb' && other.start >= cue.end) : undefined;
    return verb && tokensBetween(tokens, cue.end, verb.start) <= 2 ? verb.end : undefined;
  }
  const first = tokens.findIndex((token) => token.start >= cue.start);
  // "Heard about the cards for migrants?", "Avez-vous vu…?": asking whether the reader has heard it.
  if (question && first < 3) return cue.end;
  if (language !== 'en') return undefined;
  // English leaves out "that": "Some people believe immigrants…", but not "they claim benefits".
  if (claimVerb.test(folded.slice(cue.start, cue.end)) && pronounBefore.test(folded.slice(sentence.start, cue.start))) return undefined;
  return cue.end;
}

/** The first join after the cue, stepping over other warning words and a few words between. */
function joinWithin(
  folded: string,
  tokens: readonly Token[],
  cues: readonly Cue[],
  cue: Cue,
  sentence: Range,
  language: Language,
): number | undefined {
  let position = cue.end;
  let steps = 0;
  for (const token of tokens) {
    if (token.start < cue.end) continue;
    const joined = joinAt(folded, position, language);
    if (joined !== undefined) return joined;
    if (token.end >= sentence.end || ++steps > joinWindow) return undefined;
    if (cues.some((other) => other.start <= token.start && token.start < other.end)) steps = 0;
    position = token.end;
  }
  return joinAt(folded, position, language);
}

/**
 * Where the quotation that opens a sentence ends ("“They get hotels,” says a post"), when the
 * sentence opens with one that closes before the sentence does; undefined otherwise.
 */
function quotedOpening(folded: string, sentence: Range): number | undefined {
  const text = folded.slice(sentence.start, sentence.end);
  const open = /^\s*(["“„«‹‚'])/.exec(text);
  if (!open) return undefined;
  const close = closingQuote[open[1]!]!;
  const end = text.indexOf(close, open[0].length);
  return end > open[0].length && end < text.trimEnd().length - 2 ? sentence.start + end + 1 : undefined;
}

const closingQuote: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', '‹': '›', '‚': '‘', "'": "'" };

/** A word for the people a myth is about, or "they": what a myth, not a warning, starts with. */
function namesTarget(token: Token, language: Language): boolean {
  return namesGroup(stem(token.folded, language), language) || theyPronouns[language].matchAt([token.folded], 0) > 0;
}

function tokensBetween(tokens: readonly Token[], from: number, to: number): number {
  return tokens.filter((token) => token.start >= from && token.end <= to).length;
}

function joinAt(folded: string, position: number, language: Language): number | undefined {
  const join = reportJoins[language];
  join.lastIndex = position;
  const match = join.exec(folded);
  join.lastIndex = 0;
  return match?.[0].trim() ? position + match[0].length : undefined;
}

/** Where a greeting that opens the sentence ends ("Dear residents,", « Chers voisins, », "Cari parrocchiani,"). */
function greetingEnd(folded: string, sentence: Range, language: Language): number | undefined {
  const match = greetings[language].exec(folded.slice(sentence.start, sentence.end));
  return match ? sentence.start + match[0].length : undefined;
}

const greetings: Record<Language, RegExp> = {
  en: /^\s*(?:dear|hi|hello|hey)\b[^,.!?:]{0,40},\s*/u,
  fr: /^\s*(?:chers?|cheres?|bonjour|bonsoir|salut)\b[^,.!?:]{0,40},\s*/u,
  de: /^\s*(?:liebe[rs]?|hallo|guten tag|moin)\b[^,.!?:]{0,40},\s*/u,
  es: /^\s*(?:queridos?|queridas?|estimados?|estimadas?|hola|buenos dias)\b[^,.!?:]{0,40},\s*/u,
  it: /^\s*(?:cari|care|caro|cara|gentili|ciao|buongiorno)\b[^,.!?:]{0,40},\s*/u,
  nl: /^\s*(?:beste|geachte|lieve|hallo|hoi|goedemorgen|goedemiddag)\b[^,.!?:]{0,40},\s*/u,
  pl: /^\s*(?:drodzy|drogie|szanowni|szanowne|dzien dobry|czesc|witajcie)(?!\p{L})[^,.!?:]{0,40},\s*/u,
  sv: /^\s*(?:hej|hejsan|kara|basta|god dag)(?!\p{L})[^,.!?:]{0,40},\s*/u,
  el: /^\s*(?:αγαπητ\p{L}*|καλημερα|γεια σας|χαιρετε)(?!\p{L})[^,.!?:]{0,40},\s*/u,
  pt: /^\s*(?:caros?|caras?|prezad[oa]s?|ola|bom dia|boa tarde)(?!\p{L})[^,.!?:]{0,40},\s*/u,
};
