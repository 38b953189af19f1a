import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { listEntries } from '../../shared/db';
import {
  entryStatusSchema,
  languageNames,
  languageSchema,
  topicLabels,
  topicSchema,
  type EntryStatus,
  type Language,
  type Topic,
} from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { entryHref, newEntryHref } from '../services/use-hash-route';
import { draftLanguageNames, type Filters, matchesFilters, noFilters } from './library-filters';
import { ReviewDueFlag } from './ReviewDueFlag';
import { statusLabels, StatusBadge } from './StatusBadge';
import './library.css';

/** The library at a glance: every entry with its topics, scope and review status. */
export function LibraryList() {
  const db = useDatabase();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const ids = { search: useId(), topic: useId(), status: useId(), scope: useId(), language: useId() };
  // The whole library is small enough to filter in memory, and the region list needs all of it anyway.
  const entries = useLiveQuery(() => listEntries(db), [db]);
  const scopes = useMemo(() => [...new Set(entries?.map((entry) => entry.scope))].sort((a, b) => a.localeCompare(b)), [entries]);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => setFilters((current) => ({ ...current, [key]: value }));

  const shown = entries?.filter((entry) => matchesFilters(entry, filters)) ?? [];
  const today = new Date();
  return (
    <section aria-labelledby="library-heading" className="library">
      <h1 id="library-heading">Fact library</h1>
      <div className="filters">
        <div className="filter filter-search">
          <label htmlFor={ids.search}>Search</label>
          <input
            id={ids.search}
            type="search"
            value={filters.query}
            onChange={(event) => set('query', event.target.value)}
            placeholder="hotels, jobs, NHS…"
          />
        </div>
        <div className="filter">
          <label htmlFor={ids.topic}>Topic</label>
          <select id={ids.topic} value={filters.topic} onChange={(event) => set('topic', event.target.value as Topic | '')}>
            <option value="">All topics</option>
            {topicSchema.options.map((option) => (
              <option key={option} value={option}>
                {topicLabels[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.status}>Status</label>
          <select id={ids.status} value={filters.status} onChange={(event) => set('status', event.target.value as EntryStatus | '')}>
            <option value="">Any status</option>
            {entryStatusSchema.options.map((option) => (
              <option key={option} value={option}>
                {statusLabels[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.scope}>Region</label>
          <select id={ids.scope} value={filters.scope} onChange={(event) => set('scope', event.target.value)}>
            <option value="">All regions</option>
            {scopes.map((scope) => (
              <option key={scope} value={scope}>
                {scope}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={ids.language}>Language</label>
          <select id={ids.language} value={filters.language} onChange={(event) => set('language', event.target.value as Language | '')}>
            <option value="">All languages</option>
            {languageSchema.options.map((option) => (
              <option key={option} value={option}>
                {languageNames[option]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p>
        <a href={newEntryHref} className="button-link">
          New entry
        </a>
      </p>
      {entries === undefined ? (
        <p role="status">Loading entries…</p>
      ) : (
        <>
          <p role="status" className="count">
            {shown.length} of {entries.length} entries
          </p>
          <ul className="entry-list" aria-label="Library entries">
            {shown.map((entry) => (
              <li key={entry.id}>
                <a href={entryHref(entry.id)} className="entry-title">
                  {entry.title}
                </a>
                <span className="entry-meta">
                  {entry.topics.map((t) => topicLabels[t]).join(', ')} · {entry.scope} · {draftLanguageNames(entry)}{' '}
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
