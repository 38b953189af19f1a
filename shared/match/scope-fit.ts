import type { CountryCode } from '../schema/country';
import type { Entry } from '../schema/entry';
import type { Language } from '../schema/language';

const euMembers = new Set('AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '));

/**
 * Where a post in each language most likely circulates, when it names no place. English is read
 * and written everywhere, so it only labels (an English post about Sweden's statistics is common)
 * and never moves an entry down; the other languages do both.
 */
const englishSpeaking = ['GB', 'US', 'IE', 'CA', 'AU', 'NZ', 'MT'];
const countriesOfLanguage: Partial<Record<Language, readonly string[]>> = {
  en: englishSpeaking,
  fr: ['FR', 'BE', 'CH', 'LU'],
  de: ['DE', 'AT', 'CH', 'LU'],
  es: ['ES'],
  it: ['IT', 'CH'],
  nl: ['NL', 'BE'],
  pt: ['PT'],
  sv: ['SE'],
  pl: ['PL'],
  el: ['GR', 'CY'],
};

/**
 * How well an entry's countries fit where the post is: a named place is strong evidence, the
 * post's language weaker. The factor multiplies the entry's score; an entry about a country the
 * post is not about is kept (the claim may travel) but ranked lower and labelled.
 */
export type ScopeFit = { factor: number; otherCountry?: readonly CountryCode[] };

const fits = { named: 1.2, language: 1.1 } as const;
const misfits = { named: 0.6, language: 0.8 } as const;

export function scopeFit(entry: Entry, postCountries: readonly CountryCode[], postLanguage: Language): ScopeFit {
  const countries = entry.countries;
  if (!countries?.length) return { factor: 1 };
  const covers = (country: string) => countries.includes(country) || (countries.includes('EU') && euMembers.has(country));
  if (postCountries.length > 0) {
    return postCountries.some(covers) ? { factor: fits.named } : { factor: misfits.named, otherCountry: countries };
  }
  const likely = countriesOfLanguage[postLanguage];
  if (!likely) return { factor: 1 };
  if (postLanguage === 'en')
    return likely.some(covers) || countries.includes('EU') ? { factor: 1 } : { factor: 1, otherCountry: countries };
  return likely.some(covers) ? { factor: fits.language } : { factor: misfits.language, otherCountry: countries };
}
