import { z } from 'zod';
import { languageSchema, type Language } from '../../schema/language';
import { loadedTermKinds, loadedTerms, type LoadedTerm } from '../../language/cues/loaded-terms';
import type { Finding } from '../../schema/diagnostic';
import { foldInPlace } from '../../language/fold-in-place';
import { methodSources } from '../method-sources';
import { defineRule } from '../rule';

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
      'Flags slurs, dehumanising metaphors ("swarm", "flood"), conspiracy names and insider lingo ("illegals", "invasion", "Asylanten", "clandestins", "menas"…) anywhere in the draft, the myth line included, with a neutral replacement where there is one. A team can add its own terms.',
    rationale:
      '"Stories should not employ the aggressors\' insider lingo": repeating their words spreads their frame, even inside a rebuttal.',
    source: methodSources.oxygenOfAmplification,
    defaultSeverity: 'error',
  },
  options: z.object({ extraTerms: z.array(extraTermSchema).default([]) }),
  check(document, { extraTerms }) {
    const { pattern, terms } = compiled(extraTerms);
    const findings: Finding[] = [];
    for (const section of Object.values(document.sections)) {
      for (const match of section.matchesOf(pattern)) {
        const term = terms[match.slice(1).findIndex((group) => group !== undefined)]!;
        const written = section.text.slice(match.index, match.index + match[0].length);
        const replacement = term.replacement?.[document.language] ?? term.replacement?.en;
        findings.push({
          section: section.id,
          start: match.index,
          end: match.index + match[0].length,
          message: `“${written}” is ${loadedTermKinds[term.kind]}: repeating it spreads that frame, even in a rebuttal.`,
          ...(replacement
            ? { suggestion: { description: `Use “${replacement}” instead.`, replacement: matchCase(written, replacement) } }
            : { suggestion: { description: 'Leave it out, or describe what is meant in neutral words.' } }),
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
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map((term) => `(${term.pattern})`).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    cache.set(key, (result = { pattern, terms }));
  }
  return result;
}

function matchCase(written: string, replacement: string): string {
  return /^\p{Lu}/u.test(written) ? replacement.charAt(0).toLocaleUpperCase() + replacement.slice(1) : replacement;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
