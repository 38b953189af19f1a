import { Trans, useTranslation } from '../../i18n/use-translation';
import { libraryHref, newEntryHref } from '../../services/use-hash-route';

/**
 * Said plainly when no entry matches what was typed, with the two ways on: look through the
 * library by hand, or write the entry that is missing. The side panel has its own "create an
 * entry from this post" button and no library to link to, so it shows the sentence only.
 */
export function NothingMatches({ query, withLinks }: { query: string; withLinks: boolean }) {
  const { t } = useTranslation('compose');
  return (
    <p className="picker-nothing">
      {withLinks ? (
        <Trans
          t={t}
          i18nKey="picker.nothingMatchesWithLinks"
          values={{ query: query.trim() }}
          components={{
            // biome-ignore lint/a11y/useAnchorContent: Trans puts the catalogue's words in the link
            library: <a href={libraryHref} />,
            // biome-ignore lint/a11y/useAnchorContent: Trans puts the catalogue's words in the link
            create: <a href={newEntryHref} />,
          }}
        />
      ) : (
        t('picker.nothingMatches', { query: query.trim() })
      )}
    </p>
  );
}
