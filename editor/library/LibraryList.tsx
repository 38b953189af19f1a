import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { listEntries } from '../../shared/db';
import {
  entryStatusSchema,
  languageNames,
  languageSchema,
  topicSchema,
  type EntryStatus,
  type Language,
  type Topic,
} from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { entryHref, newEntryHref } from '../services/use-hash-route';
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { draftLanguageNames, entriesPerLanguage, type Filters, matchesFilters, noFilters } from './library-filters';
import { ReviewDueFlag } from './ReviewDueFlag';
import { StatusBadge } from './StatusBadge';
import './library.css';

/** The library at a glance: every entry with its topics, scope and review status. */
export function LibraryList() {
  const db = useDatabase();
  const { t } = useTranslation(['library', 'common']);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const ids = { search: useId(), topic: useId(), status: useId(), scope: useId(), language: useId() };
  // The whole library is small enough to filter in memory, and the region list needs all of it anyway.
  const entries = useLiveQuery(() => listEntries(db), [db]);
  const perLanguage = useMemo(() => entriesPerLanguage(entries ?? []), [entries]);
  const formats = useInterfaceFormats();
  const scopes = useMemo(() => [...new Set(entries?.map((entry) => entry.scope))].sort((a, b) => a.localeCompare(b)), [entries]);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((current) => ({ ...current, [key]: value }));

  const shown = entries?.filter((entry) => matchesFilters(entry, filters)) ?? [];
  const today = new Date();
  return (
    <section aria-labelledby="library-heading" className="library">
      <h1 id="library-heading">{t('heading')}</h1>
      <div className="filters">
        <div className="filter filter-search">
          <label htmlFor={ids.search}>{t('filters.search')}</label>
          <input
            id={ids.search}
            type="search"
            value={filters.query}
            onChange={(event) => set('query', event.target.value)}
            placeholder={t('filters.searchPlaceholder')}
          />
        </div>
        <div className="filter">
          <label htmlFor={ids.topic}>{t('filters.topic')}</label>
          <select id={ids.topic} value={filters.topic} onChange={(event) => set('topic', event.target.value as Topic | '')}>
            <option value="">{t('filters.allTopics')}</option>
            {topicSchema.options.map((option) => (
              <option key={option} value={option}>
                {t(`common:topics.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.status}>{t('filters.status')}</label>
          <select id={ids.status} value={filters.status} onChange={(event) => set('status', event.target.value as EntryStatus | '')}>
            <option value="">{t('filters.anyStatus')}</option>
            {entryStatusSchema.options.map((option) => (
              <option key={option} value={option}>
                {t(`common:entryStatus.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.scope}>{t('filters.region')}</label>
          <select id={ids.scope} value={filters.scope} onChange={(event) => set('scope', event.target.value)}>
            <option value="">{t('filters.allRegions')}</option>
            {scopes.map((scope) => (
              <option key={scope} value={scope}>
                {scope}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.language}>{t('filters.language')}</label>
          <select id={ids.language} value={filters.language} onChange={(event) => set('language', event.target.value as Language | '')}>
            <option value="">{t('filters.allLanguages')}</option>
            {languageSchema.options.map((option) => (
              <option key={option} value={option}>
                {entries ? `${languageNames[option]} (${formats.number(perLanguage.get(option) ?? 0)})` : languageNames[option]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p>
        <a href={newEntryHref} className="button-link">
          {t('newEntry')}
        </a>
      </p>
      {entries === undefined ? (
        <p role="status">{t('loadingEntries')}</p>
      ) : (
        <>
          <p role="status" className="count">
            {t('shownOfTotal', { shown: shown.length, count: entries.length })}
          </p>
          <ul className="entry-list" aria-label={t('entriesLabel')}>
            {shown.map((entry) => (
              <li key={entry.id}>
                <a href={entryHref(entry.id)} className="entry-title">
                  {entry.title}
                </a>
                <span className="entry-meta">
                  {entry.topics.map((topic) => t(`common:topics.${topic}`)).join(', ')} · {entry.scope} · {draftLanguageNames(entry)}{' '}
                  <StatusBadge status={entry.status} />
                  <ReviewDueFlag entry={entry} today={today} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
