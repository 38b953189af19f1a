import { useLiveQuery } from 'dexie-react-hooks';
import { getEntry, listAudiences } from '../../shared/db';
import { draftableLanguages } from '../../shared/library/draftable-languages';
import { languageNames, techniqueLabels, type Entry } from '../../shared/schema';
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { Trans, useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { composeWithEntryHref, editEntryHref, libraryHref } from '../services/use-hash-route';
import { EntryHistory } from './EntryHistory';
import { EntryReviewActions } from './EntryReviewActions';
import { ReviewDueFlag } from './ReviewDueFlag';
import { SourceList } from './SourceList';
import { ClaimReviewExport } from '../team/ClaimReviewExport';
import { UpstreamStatus } from '../team/UpstreamStatus';
import { StatusBadge } from './StatusBadge';
import './library.css';

/** One entry as a writer needs it: the fact first, the myth once, why it is wrong, and the sources. */
export function EntryView({ id }: { id: string }) {
  const db = useDatabase();
  const { t } = useTranslation(['entry', 'library']);
  // useLiveQuery returns undefined while loading; null marks "looked, and it is not there".
  const entry = useLiveQuery(async () => (await getEntry(db, id)) ?? null, [db, id]);
  if (entry === undefined) return <p role="status">{t('library:form.loading')}</p>;
  if (entry === null) {
    return (
      <p role="alert">
        {t('missing', { id })} <a href={libraryHref}>{t('library:form.backToLibrary')}</a>
      </p>
    );
  }
  return <EntryDetails entry={entry} />;
}

function EntryDetails({ entry }: { entry: Entry }) {
  const db = useDatabase();
  const { t } = useTranslation(['entry', 'library', 'common']);
  const formats = useInterfaceFormats();
  // Angles name their audience by id: people read the audience's name (issue 20: no slugs on screen).
  const audiences = useLiveQuery(() => listAudiences(db), [db]);
  const audienceName = (id: string) => audiences?.find((audience) => audience.id === id)?.name ?? id.replaceAll('-', ' ');
  // Drafts can be written in complete translations only; a translation of the myth alone lets a
  // post in that language find the entry, and is shown as such.
  const translations = draftableLanguages(entry).filter((language) => language !== entry.language);
  const mythOnly = (Object.keys(entry.translations) as (keyof typeof languageNames)[]).filter(
    (language) => language !== entry.language && !translations.includes(language),
  );
  return (
    <article aria-labelledby="entry-heading" className="entry">
      <p className="entry-nav">
        <a href={libraryHref}>{t('library:form.library')}</a>
        <a href={editEntryHref(entry.id)} className="button-link">
          {/* The title is heard, not seen: a screen reader's list of links says which entry "Edit" is for. */}
          <Trans t={t} i18nKey="edit" values={{ title: entry.title }} components={{ hidden: <span className="visually-hidden" /> }} />
        </a>
      </p>
      <h1 id="entry-heading">{entry.title}</h1>
      {/* The step a writer came for, under the title: a reply starts from the entry, not from a blank draft. */}
      {entry.status === 'retired' ? (
        <p className="entry-draft-reply">{t('retired')}</p>
      ) : (
        <p className="entry-draft-reply">
          <a href={composeWithEntryHref(entry.id)} className="button-link primary">
            {t('draftReply')}
          </a>
        </p>
      )}
      <p className="entry-meta">
        {entry.topics.map((topic) => t(`common:topics.${topic}`)).join(', ')} · {t('scope', { scope: entry.scope })} ·{' '}
        {languageNames[entry.language]} · <StatusBadge status={entry.status} /> ·{' '}
        <Trans
          t={t}
          i18nKey="reviewBy"
          values={{ date: formats.date(entry.reviewBy) }}
          components={{ time: <time dateTime={entry.reviewBy} /> }}
        />
        <ReviewDueFlag entry={entry} today={new Date()} />
      </p>
      <section aria-labelledby="fact-heading" className="fact-section">
        <h2 id="fact-heading">{t('fact')}</h2>
        <p className="fact">{entry.fact}</p>
      </section>
      {/* The myth is kept small and muted on purpose: the fact is the frame the reader should remember. */}
      <section aria-labelledby="myth-heading" className="myth-section">
        <h2 id="myth-heading">{t('myth')}</h2>
        <p className="myth">{entry.myth.statement}</p>
      </section>
      <section aria-labelledby="explanation-heading">
        <h2 id="explanation-heading">{t('explanation')}</h2>
        <p className="technique">
          {t('technique', { technique: techniqueLabels[entry.explanation.technique] })}
          {entry.explanation.fallacy ? ` — ${entry.explanation.fallacy}` : ''}
        </p>
        <p>{entry.explanation.text}</p>
      </section>
      {entry.audienceAngles.length > 0 && (
        <section aria-labelledby="angles-heading">
          <h2 id="angles-heading">{t('angles')}</h2>
          <dl>
            {entry.audienceAngles.map((angle) => (
              <div key={angle.audience}>
                <dt>{audienceName(angle.audience)}</dt>
                <dd>{angle.angle}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <SourceList sources={entry.sources} />
      <p className="entry-meta">
        {t('writtenBy', { author: entry.author })} ·{' '}
        <Trans
          t={t}
          i18nKey="updated"
          values={{ date: formats.date(entry.updated) }}
          components={{ time: <time dateTime={entry.updated} /> }}
        />
      </p>
      {translations.length > 0 && (
        <p className="entry-meta">
          {t('translatedInto', { languages: translations.map((language) => languageNames[language]).join(', ') })}
        </p>
      )}
      {mythOnly.length > 0 && (
        <p className="entry-meta">{t('mythOnlyIn', { languages: mythOnly.map((language) => languageNames[language]).join(', ') })}</p>
      )}
      <UpstreamStatus entry={entry} />
      <EntryReviewActions entry={entry} />
      <EntryHistory entry={entry} />
      <ClaimReviewExport entry={entry} />
    </article>
  );
}
