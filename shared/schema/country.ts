import { z } from 'zod';
import { fieldMessage } from './field-reasons';

/**
 * The countries a library entry is about, as ISO 3166-1 alpha-2 codes (Greece is `GR`, not the EU's
 * `EL`), plus `EU` for a myth about the Union as a whole. Coverage is counted per country, so a
 * Spanish officer can see what the library holds for the rumours in Spanish feeds.
 */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, fieldMessage('countryCode'));
export type CountryCode = z.infer<typeof countryCodeSchema>;

/** Names for the codes the starter library and its coverage table use; other codes show as written. */
export const countryNames: Readonly<Record<string, string>> = {
  EU: 'EU-wide',
  AT: 'Austria',
  BE: 'Belgium',
  BG: 'Bulgaria',
  CY: 'Cyprus',
  CZ: 'Czechia',
  DE: 'Germany',
  DK: 'Denmark',
  EE: 'Estonia',
  ES: 'Spain',
  FI: 'Finland',
  FR: 'France',
  GR: 'Greece',
  HR: 'Croatia',
  HU: 'Hungary',
  IE: 'Ireland',
  IT: 'Italy',
  LT: 'Lithuania',
  LU: 'Luxembourg',
  LV: 'Latvia',
  MT: 'Malta',
  NL: 'Netherlands',
  PL: 'Poland',
  PT: 'Portugal',
  RO: 'Romania',
  SE: 'Sweden',
  SI: 'Slovenia',
  SK: 'Slovakia',
  GB: 'United Kingdom',
  US: 'United States',
};

export const countryName = (code: string): string => countryNames[code] ?? code;
