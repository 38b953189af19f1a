import type { WindowLike } from 'dompurify';
import { channelSpecs } from '../channels/channel-specs';
import { warningPhrases } from '../language/cues/warning-phrases';
import { foldText } from '../language/normalise';
import { splitSentences } from '../language/sentences';
import { markdownToSafeHtml } from '../export/markdown-to-safe-html';
import { markdownLink, markdownText } from '../export/markdown-text';
import type { ChannelId } from '../schema/channel';
import type { Sandwich } from '../schema/draft';
import type { Entry } from '../schema/entry';
import type { Language } from '../schema/language';
import type { Spokesperson } from '../schema/spokesperson';
import { entryWordsFor } from './draft-language';
import { entrySandwich } from './entry-sandwich';
import { draftPhrases } from './draft-phrases';
import { pressStatementPhrases, type PressStatementPhrases } from './press-statement-phrases';

export type PressStatementInput = {
  /** The draft's four sections, as the person left them. */
  sandwich: Sandwich;
  /** The channel the draft is written for: a draft cut down for a short channel is not used. */
  channel: ChannelId;
  entry: Entry;
  spokesperson?: Spokesperson | undefined;
  /** The draft's language; the entry's own by default. */
  language?: Language | undefined;
  /** The day of release, as an ISO date (2026-11-02) or a Date. */
  date: string | Date;
};

/** Text, or a blank for the press office to fill in ("[Name]"). */
export type PressPart = string | { fill: string };

/** One block of the statement, in order, for a screen to show as it will read. */
export type PressBlock =
  | { kind: 'kicker' | 'headline' | 'paragraph' | 'contact' | 'ends'; parts: PressPart[] }
  | { kind: 'sources'; heading: string; sources: Entry['sources'] };

export type PressStatement = {
  headline: string;
  blocks: PressBlock[];
  /** Plain text, paragraphs apart: for an e-mail body or a press list. */
  text: string;
  /** The same statement as sanitised HTML, placeholders marked (`<mark>`) so nobody sends one. */
  html: string;
  /** The placeholders the press office must fill in before sending, as they appear in the text. */
  toFill: string[];
  /** What the press office should know before sending: the statement was built from the entry's words, the headline is long. */
  notes: string[];
};

type Part = PressPart;

/** Channels whose drafts are cut down (a short form, labels, a thread): too thin for the press. */
const shortReplyLimit = 1000;

/**
 * A press statement built from a fact-sandwich draft, as a press office would send it: a headline
 * (the fact, short), a lead paragraph with the fact, a quote attributed to the spokesperson's name
 * and role whose words are the myth, warned of in the spokesperson's voice ("I…" for a person,
 * "we" for an organisation), and the explanation; the rest of the explanation, the fact once
 * more, the sources and a media contact. The fact leads and is restated once at the end at most:
 * no sentence is said twice, so the statement never reads as the sandwich's sections pasted.
 * What the data does not say (a person's name, a contact) is left as a bracketed blank in
 * `toFill`, marked in the HTML. `window` is the DOM the HTML is sanitised in (jsdom in Node).
 */
export function buildPressStatement(input: PressStatementInput, window: WindowLike | undefined = globalThis.window): PressStatement {
  const { entry, spokesperson } = input;
  const words = entryWordsFor(entry, input.language, []);
  const language = words.language;
  const phrases = pressStatementPhrases[language];
  const { sandwich, note } = fullSandwich(input, language);
  const notes = note ? [note] : [];

  const said = new Set<string>();
  const fresh = (text: string) =>
    splitSentences(text)
      .map((sentence) => sentence.text)
      .filter((sentence) => {
        const key = sentenceKey(sentence);
        if (!key || said.has(key)) return false;
        said.add(key);
        return true;
      });

  const lead = fresh(sandwich.fact);
  const explanation = fresh(withoutSourceNotes(sandwich.explanation, entry, language, spokesperson));
  const quoted = [...fresh(voicedMyth(sandwich.myth, words.warning, language, phrases, spokesperson)), ...explanation.slice(0, 1)];
  const restated = restatement(sandwich.factAgain, entry, language, spokesperson);
  // The headline may echo the closing sentence only when nothing else fits; the closing then goes.
  const picked = pickHeadline(entry, words, lead, said, new Set(splitSentences(restated).map((sentence) => sentenceKey(sentence.text))));
  if (picked) said.add(sentenceKey(picked));
  const headline: Part = picked ?? { fill: phrases.headlineToFill };
  const closing = fresh(restated);

  const organisation: Part = spokesperson?.organisation ?? { fill: phrases.organisationToFill };
  const blocks: PressBlock[] = [
    { kind: 'kicker', parts: [`${phrases.kind} · `, organisation, ` · ${formatDate(input.date, phrases.locale)}`] },
    { kind: 'headline', parts: [headline] },
    ...(lead.length > 0 ? [{ kind: 'paragraph' as const, parts: [lead.join(' ')] }] : []),
    ...(quoted.length > 0
      ? [{ kind: 'paragraph' as const, parts: quote(quoted, attribution(spokesperson, phrases), phrases, language) }]
      : []),
    ...(explanation.length > 1 ? [{ kind: 'paragraph' as const, parts: [explanation.slice(1).join(' ')] }] : []),
    ...(closing.length > 0 ? [{ kind: 'paragraph' as const, parts: [closing.join(' ')] }] : []),
    { kind: 'sources', heading: phrases.sources, sources: entry.sources },
    { kind: 'contact', parts: [phrases.contact, spokesperson?.contact ?? { fill: phrases.contactToFill }] },
    { kind: 'ends', parts: [phrases.ends] },
  ];

  const plain = (parts: Part[]) => parts.map((part) => (typeof part === 'string' ? part : part.fill)).join('');
  const marked = (parts: Part[]) =>
    parts.map((part) => (typeof part === 'string' ? inlineMarkdown(part) : `<mark>${part.fill.replace(/[[\]]/g, '\\$&')}</mark>`)).join('');
  const text = blocks.map((block) => {
    if (block.kind === 'sources')
      return `${block.heading}\n${block.sources.map((source) => `- ${sourceLine(source)}: ${source.url}`).join('\n')}`;
    if (block.kind === 'kicker') return plain(block.parts).toLocaleUpperCase(phrases.locale);
    return plain(block.parts);
  });
  const markdown = blocks.map((block) => {
    if (block.kind === 'sources')
      return `## ${block.heading}\n\n${block.sources.map((source) => `- ${markdownText(source.publisher)}, ${markdownLink(source.title, source.url)}, ${source.year}`).join('\n')}`;
    if (block.kind === 'headline') return `# ${marked(block.parts)}`;
    if (block.kind === 'ends') return `**${marked(block.parts)}**`;
    return marked(block.parts);
  });
  const blanks = blocks.flatMap((block) => (block.kind === 'sources' ? [] : block.parts.filter((part) => typeof part !== 'string')));
  const toFill = [...new Set(blanks.map((part) => part.fill))];
  return {
    headline: plain([headline]),
    blocks,
    text: `${text.join('\n\n')}\n`,
    html: markdownToSafeHtml(`${markdown.join('\n\n')}\n`, window, 'buildPressStatement'),
    toFill,
    notes,
  };
}

/**
 * The draft's sections; or, when the draft is cut down (written for a short channel, or the
 * compact "Myth: …" form), the entry's own full sandwich in the same language: the press gets
 * whole sentences either way, and a note says the draft's own words were not used.
 */
function fullSandwich(input: PressStatementInput, language: Language): { sandwich: Sandwich; note?: string } {
  const limit = channelSpecs[input.channel].replyLimit;
  const short = limit !== null && limit < shortReplyLimit;
  const compact = input.sandwich.myth.trim().startsWith(draftPhrases[language].mythLabel.trim());
  if (!short && !compact) return { sandwich: input.sandwich };
  const why = short ? `the draft is written for ${channelSpecs[input.channel].label}` : 'the draft is in its compact form';
  return { sandwich: entrySandwich(input.entry, language), note: `Built from the entry's full wording: ${why}, too short for the press.` };
}

/**
 * The headline: the fact, short, and not a sentence of the body (the fact twice in a row is what
 * a press statement must not do). The entry's title or short fact, else the fact's first clause
 * without its attribution and asides, cut at a comma when long. When none of these will do (a
 * translation without a short form), a blank for the press office: never a phrase cut mid-way.
 */
function pickHeadline(
  entry: Entry,
  words: ReturnType<typeof entryWordsFor>,
  lead: string[],
  said: ReadonlySet<string>,
  closing: ReadonlySet<string>,
): string | undefined {
  const clause = withoutEndStop(
    (lead[0] ?? words.fact)
      .split(/[:;](?=\s)/)[0]!
      .replace(/\s*\([^)]*\)/g, '')
      .replace(attributionClause, ''),
  );
  const comma = clause.lastIndexOf(',', headlineLength);
  const candidates = [
    ...(words.original ? [entry.title] : []),
    ...(words.short ? [words.short.fact] : []),
    clause,
    ...(comma >= 50 ? [clause.slice(0, comma)] : []),
  ];
  const fitting = candidates
    .map(withoutEndStop)
    .filter((candidate) => candidate.length <= headlineLength && !said.has(sentenceKey(candidate)));
  return fitting.find((candidate) => !closing.has(sentenceKey(candidate))) ?? fitting[0];
}

const headlineLength = 120;
/** ", according to the ONS", ", selon l'OMS"… at the end of a clause: the lead names the source. */
const attributionClause = /,\s+(?:according to|selon|laut|según|secondo|volgens|według|enligt|σύμφωνα με|segundo)(?!\p{L})[^,]*$/iu;

/**
 * The myth section in the spokesperson's voice: the template's warning ("A common myth claims
 * that…", "Circula el bulo: …") becomes theirs ("I keep hearing the false claim that…", "We are
 * aware of…"), joined the same way so the myth keeps its words. A warning the writer wrote
 * themselves is kept as written: it is theirs already.
 */
function voicedMyth(
  myth: string,
  translationWarning: string | undefined,
  language: Language,
  phrases: PressStatementPhrases,
  spokesperson: Spokesperson | undefined,
): string {
  const text = myth.trim();
  const voice = phrases.warning[spokesperson?.speaksAs ?? (spokesperson ? 'person' : 'organisation')];
  for (const base of warningBases([translationWarning, warningPhrases[language], draftPhrases[language].mythLabel])) {
    if (foldText(text.slice(0, base.length)) !== foldText(base)) continue;
    const join = joinAfterWarning.exec(text.slice(base.length));
    const rest = join ? text.slice(base.length + join[0].length) : '';
    if (!join || !rest) continue;
    if (join[0].includes(':')) return `${voice.colon}${rest}`;
    // French elides before a vowel: "que il" is "qu’il".
    const elided = language === 'fr' && /\bque $/.test(voice.clause) && /^[aeiouyhàâéèêîôû]/iu.test(rest);
    const lead = elided ? voice.clause.replace(/que $/, 'qu’') : voice.clause;
    return `${lead}${rest}`;
  }
  return text;
}

/**
 * The warning words a draft may open with: each warning without its "that", and without the
 * preposition the composer drops before a colon ("Det sprids ett rykte om att" opens "Det sprids
 * ett rykte: …", see myth-line.ts).
 */
function warningBases(warnings: (string | undefined)[]): string[] {
  const bases = warnings.flatMap((warning) => {
    const base = warning?.trim().replace(trailingJoin, '');
    return base ? [base, base.replace(danglingPreposition, '')] : [];
  });
  return [...new Set(bases)];
}
const danglingPreposition = /\s+(?:om|over|darüber)$/iu;

/** What joins a warning to its myth, at the end of a warning phrase and after it in a draft. */
const trailingJoin = /(?:[ \t]*[:,]?[ \t]*(?:that|que|qu['’]|de que|dass|che|ch['’]|dat|że|att|ότι|πως))?[ \t]*:?$/u;
const joinAfterWarning = /^(?:[ \t]*:[ \t]*|,?[ \t]+(?:that|de que|que|dass|che|dat|że|att|ότι|πως)[ \t]+|[ \t]+(?:qu|ch)['’])/u;

/** The fact again without what the press statement says elsewhere: the source, the sign-off, "Bottom line:". */
function restatement(factAgain: string, entry: Entry, language: Language, spokesperson: Spokesperson | undefined): string {
  const text = withoutSourceNotes(factAgain, entry, language, spokesperson);
  const lead = draftPhrases[language].restatementLead.trim();
  if (!text.startsWith(lead)) return text;
  const rest = text.slice(lead.length).trimStart();
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

/** Drops the sign-off line and the "Source: …" reference or "(Publisher, 2024)": the statement lists its sources. */
function withoutSourceNotes(text: string, entry: Entry, language: Language, spokesperson: Spokesperson | undefined): string {
  const signOff = spokesperson?.signOff.trim();
  const label = foldText(draftPhrases[language].sourceLabel.trim());
  let kept = text
    .split('\n')
    .filter((line) => line.trim() && line.trim() !== signOff)
    .join('\n');
  for (const source of entry.sources) kept = kept.replaceAll(` (${source.publisher}, ${source.year})`, '');
  return splitSentences(kept)
    .map((sentence) => sentence.text)
    .filter((sentence) => !foldText(sentence).startsWith(label) && !entry.sources.some((source) => sentence.includes(source.url)))
    .join(' ');
}

/** "[Name], Public health officer, Local public health service": who speaks, and for whom. */
function attribution(spokesperson: Spokesperson | undefined, phrases: PressStatementPhrases): Part[] {
  if (!spokesperson) return [{ fill: phrases.nameToFill }, ', ', { fill: phrases.roleToFill }];
  const role = spokesperson.role ?? spokesperson.name;
  const person: Part = spokesperson.role ? spokesperson.name : { fill: phrases.nameToFill };
  // "Chair of the local business association, Local business association" says it twice.
  const named = foldText(`${spokesperson.name} ${role}`).includes(foldText(spokesperson.organisation));
  return [person, `, ${role}${named ? '' : `, ${spokesperson.organisation}`}`];
}

/** “First sentence,” said Name, Role. “The rest.” — the attribution after the first sentence, as the press writes it. */
function quote(sentences: string[], who: Part[], phrases: PressStatementPhrases, language: Language): Part[] {
  const [first = '', ...rest] = sentences;
  const asked = /[?!]$/.test(first);
  const opening = asked ? first : language === 'en' ? first.replace(/\.$/, ',') : first.replace(/\.$/, '');
  const joiner = asked ? phrases.afterQuote.question : phrases.afterQuote.statement;
  return [
    `${phrases.open}${opening}${phrases.close}${joiner}${phrases.said} `,
    ...who,
    `.${rest.length > 0 ? ` ${phrases.open}${rest.join(' ')}${phrases.close}` : ''}`,
  ];
}

function sourceLine(source: Entry['sources'][number]): string {
  return `${source.publisher}, “${oneLine(source.title)}”, ${source.year}`;
}

/** Two sentences are the same one when their words are, whatever the case and punctuation. */
function sentenceKey(sentence: string): string {
  return foldText(sentence)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A piece of a paragraph as Markdown: escaped like any section text, the spaces at its ends kept. */
function inlineMarkdown(text: string): string {
  const [, before = '', after = ''] = /^(\s*)[\s\S]*?(\s*)$/.exec(text) ?? [];
  return text.trim() ? `${before}${markdownText(text)}${after}` : text;
}

function withoutEndStop(text: string): string {
  return oneLine(text).replace(/[.。]$/, '');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function formatDate(date: string | Date, locale: string): string {
  const day = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
  if (Number.isNaN(day.getTime())) throw new RangeError(`not a date: ${String(date)}`);
  // UTC: an ISO date names a day, and must not become the day before west of Greenwich.
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(typeof date === 'string' ? { timeZone: 'UTC' } : {}),
  }).format(day);
}
