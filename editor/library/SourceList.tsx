import type { Source } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';

/** Sources with their exact supporting quotes, so the writer can check the claim before using it. */
export function SourceList({ sources }: { sources: Source[] }) {
  const { t } = useTranslation('library');
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('sources')}</h2>
      <ol className="sources">
        {sources.map((source, index) => (
          // Two quotes may come from the same page, so the url alone is not a key.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is read-only and keeps its order
          <li key={`${index}-${source.url}`}>
            <blockquote cite={source.url}>{source.quote}</blockquote>
            <p>
              — {source.publisher},{' '}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>{' '}
              ({source.year})
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
