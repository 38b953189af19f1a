import { useSectionLabels } from '../i18n/use-section-labels';
import type { Source } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { FoldableSection } from '../ui/foldable/FoldableSection';

/** The entry's sources beside the draft, with their quotes, each insertable as a citation. */
export function EntrySources({
  sources,
  onCite,
  foldable = false,
}: {
  sources: Source[];
  onCite(source: Source): void;
  foldable?: boolean;
}) {
  const sectionLabels = useSectionLabels();
  const { t } = useTranslation('compose');
  return (
    <FoldableSection className="entry-sources" foldable={foldable} heading={t('sources.heading')}>
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
    </FoldableSection>
  );
}
