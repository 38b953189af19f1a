import { z } from 'zod';
import { languageSchema, type Language } from '../../schema/language';
import { loadedTermKinds, loadedTerms, type LoadedTerm, type NeutralWording } from '../../language/cues/loaded-terms';
import type { Finding } from '../../schema/diagnostic';
import { foldInPlace } from '../../language/fold-in-place';
import { neutralReplacement } from '../fixes/neutral-replacement';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';
import { report, suggest } from '../rule-messages';

const messages = {
  loaded: ({ term, kind }: { term: string; kind: LoadedTerm['kind'] }) =>
    `“${term}” is ${loadedTermKinds[kind]}: repeating it spreads that frame, even in a rebuttal.`,
  useInstead: ({ replacement }: { replacement: string }) => `Use “${replacement}” instead.`,
  sayInstead: ({ neutral }: { neutral: string }) => `Say “${neutral}” instead, and adjust the words around it.`,
  sayWhatHappens: () => 'Say what happens in neutral words: people arrive, come, apply for asylum.',
  callItConspiracy: () => 'Call it a conspiracy theory rather than repeating its name.',
  leaveOut: () => 'Leave it out, or describe what is meant in neutral words.',
};

const extraTermSchema = z.strictObject({
  /** The word or phrase as written; matched whole-word, ignoring case and accents. */
  term: z.string().trim().min(2),
  replacement: z.string().optional(),
  language: languageSchema.optional(),
});

export const loadedLanguage = defineRule({
  id: 'loaded-language',
  meta: {
    title: "No slurs, dog whistles or the myth-spreaders' lingo",
    description:
      'Flags slurs, dehumanising metaphors ("swarm", "flood"), conspiracy names and insider lingo ("illegals", "invasion", "Asylanten", "clandestins", "menas"…) anywhere in the draft, the myth line included. Where a neutral wording fits the sentence (its article, number and gender agree) the fix swaps it in; otherwise it says what to write instead. A team can add its own terms.',
    rationale:
      '"Stories should not employ the aggressors\' insider lingo": repeating their words spreads their frame, even inside a rebuttal.',
    source: methodSources.oxygenOfAmplification,
    defaultSeverity: 'error',
  },
  messages,
  options: z.object({ extraTerms: z.array(extraTermSchema).default([]) }),
  check(document, { extraTerms }) {
    const { pattern, terms } = compiled(extraTerms);
    const findings: Finding[] = [];
    for (const section of Object.values(document.sections)) {
      for (const match of section.matchesOf(pattern)) {
        const term = terms[termIndex(match)]!;
        if (term.languages && !term.languages.includes(section.language)) continue;
        const start = match.index;
        const end = start + match[0].length;
        const written = section.text.slice(start, end);
        const wording = term.replacement?.[section.language];
        const { text, folded, language } = section;
        const fix = wording ? neutralReplacement({ text, folded, start, end, pattern: term.pattern, language }, wording) : undefined;
        findings.push({
          section: section.id,
          start,
          end,
          ...report(messages, 'loaded', { term: written, kind: term.kind }),
          suggestion: fix
            ? {
                ...suggest(messages, 'useInstead', { replacement: fix.replacement }),
                replacement: fix.replacement,
                ...(fix.start === start && fix.end === end ? {} : { start: fix.start, end: fix.end }),
              }
            : advice(term, wording),
        });
      }
    }
    return findings;
  },
});

const cache = new WeakMap<object, { pattern: RegExp; terms: LoadedTerm[] }>();
const builtIn = { extra: [] as z.infer<typeof extraTermSchema>[] };

/** One pattern with a group per term, compiled once per configuration. */
function compiled(extraTerms: z.infer<typeof extraTermSchema>[]) {
  const key = extraTerms.length === 0 ? builtIn : extraTerms;
  let result = cache.get(key);
  if (!result) {
    const terms: LoadedTerm[] = [
      ...loadedTerms,
      ...extraTerms.map((extra) => ({
        pattern: escapeRegExp(foldInPlace(extra.term)).replace(/\s+/g, '\\s+'),
        kind: 'lingo' as const,
        ...(extra.replacement ? { replacement: { [extra.language ?? 'en']: extra.replacement } as Partial<Record<Language, string>> } : {}),
      })),
    ];
    // One named group per term tells which term matched; a term's own groups stay free for its wording.
    const alternatives = terms.map((term, index) => `(?<t${index}>${term.pattern})`).join('|');
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
    cache.set(key, (result = { pattern, terms }));
  }
  return result;
}

/** What to do where no swap reads well: the term's own advice, or its neutral words to write the sentence around. */
function advice(term: LoadedTerm, wording: NeutralWording | undefined) {
  if (term.advice) return suggest(messages, term.advice);
  const neutral = typeof wording === 'string' ? wording : wording?.text;
  if (neutral && !neutral.includes('$')) return suggest(messages, 'sayInstead', { neutral });
  return suggest(messages, 'leaveOut');
}

/** Which term matched: the one whose named group `t<index>` took part. */
function termIndex(match: RegExpExecArray): number {
  for (const [name, group] of Object.entries(match.groups ?? {})) if (group !== undefined) return Number(name.slice(1));
  return -1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
