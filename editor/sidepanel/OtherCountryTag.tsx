import './match-evidence.css';

/**
 * Marks a match about another country than the post (issue 17): an Austrian figure does not answer
 * a British post, however alike the myths sound. The name says whose country, for screen readers.
 */
export function OtherCountryTag({ country }: { country?: string | undefined }) {
  if (!country) return null;
  return (
    <span className="other-country" role="note" aria-label={`About ${country} — another country than the post’s`}>
      About {country} — another country
    </span>
  );
}
