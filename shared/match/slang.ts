import { foldInPlace } from '../language/fold-in-place';

/**
 * Slang and informal words of posts, read as the word a library wording would use: "nos quitan el
 * curro" is "nos quitan el trabajo", "les allocs" are "les allocations". Kept small and plain: each
 * word here means the same thing in every post that uses it (no slurs, which a reply never echoes;
 * the linter has its own list of those).
 */
const pairs = `
  illegals:illegal handouts:benefits freebies:free dole:benefits benefit:benefits quid:pounds
  curro:trabajo currar:trabajar curran:trabajan curra:trabaja chollo:trabajo paguita:ayuda paguitas:ayudas pasta:dinero
  guita:dinero pisito:piso pisos:piso menas:menores
  taf:travail boulot:travail bosser:travailler bossent:travaillent thune:argent fric:argent pognon:argent
  balles:euros alloc:allocation allocs:allocations clandos:clandestins clando:clandestin
  kohle:geld knete:geld stutze:sozialhilfe kassieren:bekommen kassiert:bekommt kriegen:bekommen kriegt:bekommt
  abkassieren:bekommen schmarotzer:sozialschmarotzer
  soldi:denaro grana:denaro sussidi:sussidio paghetta:sussidio
`;

const canonical = new Map(
  pairs
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split(':').map((word) => foldInPlace(word)) as [string, string]),
);

/** The plain word a slang word stands for, or the word itself. */
export function plainWord(folded: string): string {
  return canonical.get(folded) ?? folded;
}
