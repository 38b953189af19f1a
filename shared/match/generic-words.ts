import { foldInPlace } from '../language/fold-in-place';
import { negationMark, quantityWords } from './claim-words';
import { matchStem } from './snowball-stem';
import { languageSchema } from '../schema/language';

/**
 * Words that name who or where a myth is about — "immigrants", "asylum seekers", "the UK" — in
 * the five languages, and quantities ("most", "all"), which change a claim but name none. Every
 * myth and many true posts use them ("Asylum seekers aren't allowed to work in the UK"), so they
 * count for little: a match needs the claim's own words.
 */
const words = `
  immigrant immigrants immigration migrant migrants migration refugee refugees asylum seeker seekers foreigner foreigners
  newcomer newcomers alien aliens illegal illegals undocumented noncitizen noncitizens people person country countries nation
  uk britain british england english us usa america american americans europe european eu west government state year years
  immigre immigres immigration migrants etranger etrangers refugie refugies demandeur demandeurs asile pays gens france francais
  auslander migranten fluchtling fluchtlinge asylbewerber zuwanderer einwanderer menschen leute land deutschland deutsche
  inmigrante inmigrantes migrante migrantes extranjero extranjeros refugiado refugiados personas gente pais espana espanoles
  immigrato immigrati migranti straniero stranieri profughi rifugiati persone paese italia italiani
  ${quantityWords}
`;

const genericStems = new Set(
  words
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => languageSchema.options.map((language) => matchStem(foldInPlace(word), language))),
);

/** How much a term counts: a generic word a third, a phrase of two generic words a third too. */
export function termWeight(term: string): number {
  let weight = weights.get(term);
  if (weight === undefined) {
    if (weights.size > 100_000) weights.clear();
    weights.set(term, (weight = weightOf(term)));
  }
  return weight;
}

// A post's terms are weighed again for every candidate it is scored against (issue 17).
const weights = new Map<string, number>();

function weightOf(term: string): number {
  const parts = term.replace(negationMark, '').split(' ');
  const generic = parts.filter((part) => genericStems.has(part)).length;
  if (generic === 0) return 1;
  return generic === parts.length ? 0.3 : 0.7;
}

export function isGenericTerm(term: string): boolean {
  return termWeight(term) < 1;
}
