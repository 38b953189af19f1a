import { sectionLabels } from '../../shared/language';
import type { Source } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';

/** The entry's sources beside the draft, with their quotes, each insertable as a citation. */
export function EntrySources({ sources, onCite }: { sources: Source[]; onCite(source: Source): void }) {
  const { t } = useTranslation('compose');
  return (
    <section aria-labelledby="entry-sources-heading" className="entry-sources">
      <h2 id="entry-sources-heading">{t('sources.heading')}</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.url}>
            <blockquote cite={source.url}>{source.quote}</blockquote>
            <p>
              — {source.publisher},{' '}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>{' '}
              ({source.year})
            </p>
            <button type="button" onClick={() => onCite(source)}>
              {t('sources.cite', { publisher: source.publisher, section: sectionLabels.factAgain })}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
