import type { CountryCode } from '../schema/country';
import { foldInPlace } from '../language/fold-in-place';

/**
 * Where a post is about, read from what it names: the country or its people, big cities, national
 * institutions and benefits ("NHS", "CAF", "Bürgergeld", "IRS") and the currency. A claim about
 * "£45 a week" is a British claim, and a British fact answers it; an Austrian one would mislead.
 * Only unambiguous cues are listed: "Paris, Texas" is rare in a post about migrants, but "Georgia"
 * is a state and a country, so it is left out.
 */
const cuesByCountry: Record<string, string> = {
  GB: `uk britain british brits brit england scotland scottish wales welsh london manchester birmingham liverpool glasgow
    leeds nhs dwp hmrc rwanda westminster tory tories labour farage starmer sunak`,
  IE: `ireland irish dublin limerick galway ipas taoiseach dail gardai garda`,
  US: `usa america american americans texas california florida arizona chicago irs medicaid medicare snap ice trump biden
    democrats republicans gop maga obamacare fema cbp`,
  FR: `france francais francaise francaises paris marseille lyon toulouse lille caf rsa ame apl hlm secu ofii ofpra macron
    bardella smic`,
  BE: `belgique belgie belgian belgians bruxelles brussel brussels anvers antwerpen liege gand ocmw cpas fedasil`,
  DE: `deutschland deutsche deutschen deutscher germany german germans berlin hamburg munchen koln frankfurt
    burgergeld hartz jobcenter bamf asylbewerberleistungsgesetz asylblg afd merz scholz bundestag krankenkasse`,
  AT: `osterreich osterreicher osterreichische austria austrian wien vienna graz linz salzburg ams mindestsicherung
    sozialhilfe fpo ovp kickl grundversorgung`,
  CH: `schweiz suisse svizzera switzerland swiss zurich geneve genf berne bern`,
  ES: `espana espanol espanoles espanola spain spanish madrid barcelona valencia sevilla malaga ceuta melilla canarias
    sepe imv vox abascal sanchez menas okupas paguita paguitas`,
  IT: `italia italiano italiani italiana italy italian roma milano napoli torino palermo lampedusa inps meloni salvini
    lega ong sbarchi`,
  PT: `portugal portugues portugueses lisboa aima sef`,
  NL: `nederland nederlanders nederlandse netherlands dutch amsterdam rotterdam utrecht coa toeslagen pvv wilders`,
  SE: `sverige svenska svenskar sweden swedish stockholm goteborg malmo migrationsverket sverigedemokraterna`,
  PL: `polska polacy polski poland polish warszawa krakow zus`,
  GR: `ellada greece greek athens athina lesvos lesbos moria`,
};

/** Institutions and names of two words, whose words alone say nothing ("home", "new", "social"). */
const pairCues: Record<string, readonly string[]> = {
  GB: ['home office', 'universal credit', 'council tax', 'small boats', 'channel crossings', 'rwanda plan'],
  US: ['food stamps', 'social security', 'border patrol', 'new york', 'united states'],
  FR: ['pole emploi', 'france travail', 'securite sociale', 'rassemblement national', 'le pen'],
  ES: ['seguridad social', 'ingreso minimo'],
  IT: ['reddito di'],
  NL: ['den haag'],
};

/** Cues of one word and of two words, folded, each pointing to its country. */
const cueIndex = (() => {
  const index = new Map<string, string>();
  for (const [country, cues] of Object.entries(cuesByCountry)) {
    for (const word of cues.split(/\s+/).filter(Boolean)) if (!index.has(word)) index.set(word, country);
  }
  for (const [country, pairs] of Object.entries(pairCues)) for (const pair of pairs) index.set(pair, country);
  return index;
})();

/** The first words of the two-word cues: only after one of them is a pair looked up. */
const pairFirstWords = new Set(Object.values(pairCues).flatMap((pairs) => pairs.map((pair) => pair.split(' ')[0]!)));

const currencyCues: [RegExp, CountryCode][] = [
  [/£|\bgbp\b|\bquid\b/iu, 'GB'],
  [/\bzł|\bzloty|\bpln\b/iu, 'PL'],
  [/\bsek\b|\bkronor\b/iu, 'SE'],
];

/**
 * The countries a post's cues point to, most-named first. Euros and dollars say little on their
 * own (19 countries use the euro; "$" is also a way of writing money), so they are not cues.
 */
export function placeCues(post: string): CountryCode[] {
  const counts = new Map<string, number>();
  const count = (country: string) => counts.set(country, (counts.get(country) ?? 0) + 1);
  const words =
    foldInPlace(post)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const pair = index + 1 < words.length && pairFirstWords.has(word) ? `${word} ${words[index + 1]}` : '';
    const country = (pair && cueIndex.get(pair)) || cueIndex.get(word);
    if (country) count(country);
  }
  for (const [pattern, country] of currencyCues) if (pattern.test(post)) count(country);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([country]) => country);
}
