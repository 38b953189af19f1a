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
  GB: `uk britain british brits brit england english scotland scottish wales welsh london manchester birmingham liverpool
    glasgow leeds nhs dwp hmrc home office universal credit council tax channel crossings small boats rwanda plan
    westminster tory tories labour reform uk farage starmer sunak`,
  IE: `ireland irish dublin limerick galway ipas taoiseach dail gardai garda`,
  US: `usa america american americans united states texas california florida arizona new york chicago irs medicaid
    medicare snap food stamps ice border patrol social security trump biden democrats republicans gop maga
    obamacare fema cbp`,
  FR: `france francais francaise francais francaises paris marseille lyon toulouse lille caf rsa ame apl hlm secu
    securite sociale pole emploi france travail ofii ofpra macron le pen bardella rassemblement national smic`,
  BE: `belgique belgie belgian belgians bruxelles brussel brussels anvers antwerpen liege gand ocmw cpas fedasil`,
  DE: `deutschland deutsche deutschen deutscher germany german germans berlin hamburg munchen koln frankfurt
    burgergeld hartz jobcenter bamf asylbewerberleistungsgesetz asylblg afd merz scholz bundestag krankenkasse`,
  AT: `osterreich osterreicher osterreichische austria austrian wien vienna graz linz salzburg ams mindestsicherung
    sozialhilfe fpo ovp kickl grundversorgung`,
  CH: `schweiz suisse svizzera switzerland swiss zurich geneve genf berne bern`,
  ES: `espana espanol espanoles espanola spain spanish madrid barcelona valencia sevilla malaga ceuta melilla canarias
    sepe imv ingreso minimo vital seguridad social vox abascal sanchez menas okupas paguita paguitas`,
  IT: `italia italiano italiani italiana italy italian roma milano napoli torino palermo lampedusa inps reddito di
    cittadinanza meloni salvini lega ong sbarchi`,
  PT: `portugal portugues portugueses lisboa aima sef`,
  NL: `nederland nederlanders nederlandse netherlands dutch amsterdam rotterdam den haag utrecht coa toeslagen pvv
    wilders`,
  SE: `sverige svenska svenskar sweden swedish stockholm goteborg malmo migrationsverket sverigedemokraterna`,
  PL: `polska polacy polski poland polish warszawa krakow zus 800 plus`,
  GR: `ellada greece greek athens athina lesvos lesbos moria`,
};

/** Cues of one word and of two words, folded, each pointing to its country. */
const cueIndex = (() => {
  const index = new Map<string, string>();
  for (const [country, cues] of Object.entries(cuesByCountry)) {
    const words = cues.split(/\s+/).filter(Boolean);
    for (const word of words) if (!index.has(word)) index.set(word, country);
  }
  // Two-word institutions are matched as pairs: "home office", "universal credit", "food stamps".
  for (const [country, pair] of [
    ['GB', 'home office'],
    ['GB', 'universal credit'],
    ['GB', 'council tax'],
    ['GB', 'small boats'],
    ['US', 'food stamps'],
    ['US', 'social security'],
    ['US', 'border patrol'],
    ['US', 'new york'],
    ['US', 'united states'],
    ['FR', 'pole emploi'],
    ['FR', 'france travail'],
    ['FR', 'securite sociale'],
    ['FR', 'rassemblement national'],
    ['ES', 'seguridad social'],
    ['ES', 'ingreso minimo'],
    ['IT', 'reddito di'],
    ['NL', 'den haag'],
  ] as const) {
    index.set(pair, country);
  }
  // Too ambiguous alone: "home", "office", "credit", "security", "social", "new", "york" are not cues.
  for (const word of ['home', 'office', 'universal', 'credit', 'council', 'tax', 'small', 'boats', 'food', 'stamps']) index.delete(word);
  for (const word of ['social', 'security', 'border', 'patrol', 'new', 'york', 'united', 'states', 'pole', 'emploi']) index.delete(word);
  for (const word of ['travail', 'securite', 'sociale', 'rassemblement', 'national', 'seguridad', 'ingreso', 'minimo']) index.delete(word);
  for (const word of ['vital', 'reddito', 'di', 'cittadinanza', 'den', 'haag', 'plus', '800', 'english', 'reform']) index.delete(word);
  return index;
})();

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
    const pair = index + 1 < words.length ? `${word} ${words[index + 1]}` : '';
    const country = (pair && cueIndex.get(pair)) || cueIndex.get(word);
    if (country) count(country);
  }
  for (const [pattern, country] of currencyCues) if (pattern.test(post)) count(country);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([country]) => country);
}
