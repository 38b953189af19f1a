import { useMemo } from 'react';
import type { CountryCode } from '../../shared/schema/country';
import { intlLocale } from '../i18n/intl-locale';
import { useTranslation } from '../i18n/use-translation';
import './match-evidence.css';

/**
 * Marks a match about another country than the post (issue 17): an Austrian figure does not answer
 * a British post, however alike the myths sound. The name says whose country, for screen readers.
 */
export function OtherCountryTag({ country }: { country?: readonly CountryCode[] | undefined }) {
  const { t } = useTranslation('sidepanel');
  const name = useCountryNames();
  if (!country?.length) return null;
  const names = country.map(name).join(', ');
  return (
    <span className="other-country" role="note" aria-label={t('otherCountry.label', { country: names })}>
      {t('otherCountry.tag', { country: names })}
    </span>
  );
}

/** A country's name in the interface language, from Intl ("Autriche"); the EU as a whole from the catalogue. */
function useCountryNames(): (code: CountryCode) => string {
  const { t, i18n } = useTranslation('sidepanel');
  const regions = useMemo(() => new Intl.DisplayNames(intlLocale(i18n.language), { type: 'region', fallback: 'code' }), [i18n.language]);
  return (code) => (code === 'EU' ? t('otherCountry.EU') : (regions.of(code) ?? code));
}
