import { z } from 'zod';
import { warningCues } from '../../language/cues/warning-cues';
import { warningPhrases } from '../../language/cues/warning-phrases';
import { firstCue } from '../../language/cues/compile-cues';
import { falsityAdjectives, falsityCues } from '../../language/cues/falsity-cues';
import { attributionVerbs, claimNouns } from '../../language/cues/attribution-cues';
import { findWarningLead } from '../../language/warning-lead';
import type { Sentence } from '../../language/sentences';
import type { Finding, Suggestion } from '../../schema/diagnostic';
import { englishLanguageNames, isReadingLanguage, type Language } from '../../schema/language';
import { namesGroup } from '../../language/cues/group-terms';
import { stem } from '../../language/stem';
import type { LintDocument, Range } from '../analysis/lint-document';
import type { SectionText } from '../analysis/section-text';
import { afterWarning } from '../fixes/sentence-case';
import { foreignWarningLead, sentenceLanguage, type Lead } from '../fixes/warning-lead';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report, suggest } from '../rule-messages';

// `phrase` is a warning in the draft's own language, quoted as it would be written; the
// languages are codes, named in the interface's language by the catalogue.
const messages = {
  unwarned: () => 'The myth is stated without a warning: say first that a false claim follows, so readers take it with suspicion.',
  startWithWarningLike: ({ phrase }: { phrase: string }) => `Start with a warning, such as “${phrase}…”, then state the claim itself.`,
  startWith: ({ phrase }: { phrase: string }) => `Start with “${phrase}”.`,
  warningInOtherLanguage: ({ warningLanguage, mythLanguage }: { warningLanguage: Language; mythLanguage: Language }) =>
    `The warning is in ${englishLanguageNames[warningLanguage]} but the myth is in ${englishLanguageNames[mythLanguage]}: warn in the myth's language, so every reader is on guard before the myth.`,
  replaceWarning: ({ written, phrase }: { written: string; phrase: string }) => `Replace “${written}” with “${phrase}”.`,
  replaceWarningBeforeMyth: ({ written, phrase }: { written: string; phrase: string }) =>
    `Replace “${written}” with “${phrase}”, followed by the myth.`,
  mythBeforeWarning: () => 'The myth comes before the warning: put the warning first, so readers are on guard before they read the myth.',
  startSectionWithWarning: ({ phrase }: { phrase: string }) => `Start the myth section with the warning, for example “${phrase}…”.`,
  moveWarningFirst: ({ phrase }: { phrase: string }) => `Start with “${phrase}” and drop the warning after the myth.`,
};

export const mythWarned = defineRule({
  id: 'myth-warned',
  meta: {
    title: 'Warn before stating the myth',
    description:
      'The myth section opens with a warning, in the section\'s language, that marks what follows as false or as hearsay ("A common myth claims…", "Beware of…", "You may have seen…", "Une rumeur prétend que…", "Vorsicht vor…", "Se repite que…", "Gira una bufala…"). The fix puts one in front of the myth, replaces a warning written in another language, or moves a warning that trails the myth to the front.',
    rationale: 'A warning puts readers on guard, so they read the myth sceptically instead of taking it in as news.',
    source: methodSources.debunkingHandbook2020,
    defaultSeverity: 'error',
  },
  messages,
  options: z.object({}),
  check(document) {
    const myth = document.sections.myth;
    const first = myth.sentences[0];
    if (!first) return [];
    if (findWarningLead(myth.folded, myth.tokensIn(first), first, myth.language, myth.sentences.length > 1)) return [];
    if (warnedAfterLeadIn(myth)) return [];
    const warning = laterWarning(myth, first);
    if (warning) {
      const mythStart = mythBeforeWarning(document, warning, first) ?? first.start;
      return [warningAfterMyth(myth, first, warning, mythStart)];
    }
    const foreign = foreignWarningLead(myth.folded, first.start, first.end, myth.language);
    // A sentence wholly in another language, warning included, is warned: it is linted as that language.
    if (foreign) return foreign.wholeSentence ? [] : [warningInOtherLanguage(myth, first, foreign)];
    return [unwarned(myth, first)];
  },
});

/**
 * "Bei dieser Zahl lohnt sich ein zweiter Blick. In vielen Gruppen heißt es gerade, …": a first
 * sentence that says nothing about the people the myth is about leads in, and the warning opens
 * the next one.
 */
function warnedAfterLeadIn(myth: SectionText): boolean {
  const [first, second] = myth.sentences;
  const reading = myth.claimReadings[0];
  if (!first || !second || !reading) return false;
  const { language } = myth;
  if (!isReadingLanguage(language)) return leadInByWords(myth, first, second);
  if (reading.clauses.some((clause) => clause.namesGroup || clause.aboutThem)) return false;
  return findWarningLead(myth.folded, myth.tokensIn(second), second, language, myth.sentences.length > 2) !== undefined;
}

/**
 * The same, where the claim reader does not read the language: the first sentence names none of
 * the people the myth is about, and the warning in the next one goes on with a claim, so "Os
 * imigrantes vivem no luxo. É um mito." is a myth warned too late, not a lead-in.
 */
function leadInByWords(myth: SectionText, first: Sentence, second: Sentence): boolean {
  const { language } = myth;
  if (myth.tokensIn(first).some((token) => namesGroup(stem(token.folded, language), language))) return false;
  const lead = findWarningLead(myth.folded, myth.tokensIn(second), second, language, myth.sentences.length > 2);
  return lead !== undefined && myth.contentTokensIn({ start: lead.end, end: second.end }).length > 0;
}

/**
 * Where the myth starts when it comes before the warning; undefined when the warning comes first.
 * A few words may lead in ("On WhatsApp this week, a false message says…"); a claim may not
 * ("They get hotels, a common myth."), and a warning that the myth follows is not trailing it.
 */
function mythBeforeWarning(document: LintDocument, warning: Range, first: Sentence): number | undefined {
  const myth = document.sections.myth;
  const echo = document.external.shingles.size > 0 ? document.echoesIn('myth').find((found) => found.start < warning.start) : undefined;
  if (echo) return echo.start;
  const before = myth.contentTokensIn({ start: first.start, end: warning.start }).length;
  // A whole sentence before the warning's own: a claim of two words ("They get hotels.") is one.
  if (warning.start >= first.end) return before >= 2 ? first.start : undefined;
  const after = myth.contentTokensIn({ start: warning.end, end: first.end }).length;
  return before >= 3 && after <= 3 ? first.start : undefined;
}

/**
 * A warning after the myth ("…, or so the story goes", "… – das ist falsch", "…, dicen", "… That
 * is a myth."): the writer did warn, too late. "False" and verbs of saying count only set apart
 * from the claim, by a comma, dash or a new sentence: "fake refugees" and "they claim benefits"
 * may be the myth's own words.
 */
function laterWarning(myth: SectionText, first: Sentence): Range | undefined {
  const falsity = firstCue(falsityCues[myth.language], myth.folded, first.start);
  if (falsity) return falsity;
  const setApart = (cue: Range) => cue.start >= first.end || /[,;:–—]|\s-\s/.test(myth.text.slice(first.start, cue.start));
  const { language } = myth;
  return [falsityAdjectives, attributionVerbs, claimNouns]
    .flatMap((cues) => myth.cueMatches(cues[language]).filter(setApart))
    .sort((a, b) => a.start - b.start)[0];
}

function unwarned(myth: SectionText, first: Sentence): Finding {
  const phrase = warningPhrases[myth.language];
  return {
    section: 'myth',
    start: first.start,
    end: first.end,
    ...report(messages, 'unwarned'),
    suggestion: warnFirst(myth, first) ?? suggest(messages, 'startWithWarningLike', { phrase: phrase.trim() }),
  };
}

/** "A common myth claims that" before the sentence, when the sentence can follow it as it is. */
function warnFirst(myth: SectionText, first: Sentence): Suggestion | undefined {
  const { language } = myth;
  if (first.text.endsWith('?') || sentenceLanguage(myth.folded.slice(first.start, first.end), language) !== language) return undefined;
  const phrase = warningPhrases[language];
  return { ...suggest(messages, 'startWith', { phrase: phrase.trim() }), replacement: afterWarning(phrase, first.text, language) };
}

function warningInOtherLanguage(myth: SectionText, first: Sentence, lead: Lead): Finding {
  const { language } = myth;
  const { phrase, warned } = warnedClause(myth.text.slice(lead.end, first.end), language);
  const replaced = myth.text.slice(lead.start, lead.end).trim();
  const words = { written: replaced, phrase: phrase.trim() };
  const suggestion: Suggestion = warned
    ? { ...suggest(messages, 'replaceWarning', words), replacement: warned, start: first.start, end: first.end }
    : suggest(messages, 'replaceWarningBeforeMyth', words);
  return {
    section: 'myth',
    start: lead.start,
    end: lead.end,
    ...report(messages, 'warningInOtherLanguage', { warningLanguage: lead.language, mythLanguage: language }),
    suggestion,
  };
}

function warningAfterMyth(myth: SectionText, first: Sentence, warning: Range, mythStart: number): Finding {
  return {
    section: 'myth',
    start: mythStart,
    end: warning.end,
    ...report(messages, 'mythBeforeWarning'),
    suggestion:
      moveWarningFirst(myth, first, warning) ??
      suggest(messages, 'startSectionWithWarning', { phrase: warningPhrases[myth.language].trim() }),
  };
}

/**
 * "They get hotels. That is a myth." or "They get hotels, a common myth": the trailing warning
 * goes, and a warning opens the sentence instead. Only when the trailing part is nothing but a
 * warning, so no words of the writer's are lost.
 */
function moveWarningFirst(myth: SectionText, first: Sentence, warning: Range): Suggestion | undefined {
  const { language } = myth;
  const sentence = myth.sentences.find((candidate) => candidate.start <= warning.start && warning.start < candidate.end)!;
  let mythEnd: number;
  let end: number;
  let closing = '';
  if (sentence.start > first.start) {
    if (wordsBesideWarnings(myth, sentence) > 2) return undefined;
    mythEnd = myth.text.slice(0, sentence.start).trimEnd().length;
    end = sentence.end;
  } else {
    const separator = lastSeparatorBefore(myth.text, first.start, warning.start);
    if (separator === undefined || wordsBesideWarnings(myth, { start: separator, end: first.end }) > 3) return undefined;
    mythEnd = separator;
    end = first.end;
    closing = /[.!…]+["'”’»)]*$/u.exec(first.text)?.[0] ?? '.';
  }
  const stated = myth.text.slice(first.start, mythEnd).trim();
  if (sentenceLanguage(myth.folded.slice(first.start, mythEnd), language) !== language) return undefined;
  const phrase = warningPhrases[language];
  return {
    ...suggest(messages, 'moveWarningFirst', { phrase: phrase.trim() }),
    replacement: afterWarning(phrase, stated, language) + closing,
    start: first.start,
    end,
  };
}

/** The warning opening in the section's language, with the writer's claim after it (empty when there is no claim). */
function warnedClause(claim: string, language: Language): { phrase: string; warned: string } {
  const phrase = warningPhrases[language];
  return { phrase, warned: claim.trim() ? afterWarning(phrase, claim.trim(), language) : '' };
}

/** Content words in a range that are not part of a warning ("That is a myth" has none). */
function wordsBesideWarnings(myth: SectionText, range: Range): number {
  const { language } = myth;
  const warnings = [warningCues, falsityCues, falsityAdjectives, attributionVerbs, claimNouns].flatMap((cues) =>
    myth.cueMatches(cues[language]),
  );
  return myth
    .contentTokensIn(range)
    .filter((token) => !warnings.some((warning) => token.start >= warning.start && token.end <= warning.end)).length;
}

/** The last comma, colon, semicolon, dash or bracket before the warning in the first sentence. */
function lastSeparatorBefore(text: string, from: number, to: number): number | undefined {
  let found: number | undefined;
  for (const match of text.slice(from, to).matchAll(/[,;:(–—]|\s-\s/g)) found = from + match.index;
  return found;
}
