import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { listEntries } from '../../shared/db';
import { topicLabels, topicSchema, type Entry, type Topic } from '../../shared/schema';
import { useDatabase } from '../app/database-context';
import { entryHref } from '../app/use-hash-route';
import { StatusBadge } from './StatusBadge';

/** The library at a glance: every entry with its topics, scope and review status. */
export function LibraryList() {
  const db = useDatabase();
  const [query, setQuery] = useState('');
  const [topic, setTopic] = useState<Topic | ''>('');
  const searchId = useId();
  const topicId = useId();
  const entries = useLiveQuery(() => listEntries(db, topic ? { topic } : {}), [db, topic]);

  const shown = entries?.filter((entry) => matchesQuery(entry, query)) ?? [];
  return (
    <section aria-labelledby="library-heading">
      <h1 id="library-heading">Fact library</h1>
      <div className="filters">
        <label htmlFor={searchId}>Search</label>
        <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="hotels, jobs, NHS…" />
        <label htmlFor={topicId}>Topic</label>
        <select id={topicId} value={topic} onChange={(event) => setTopic(event.target.value as Topic | '')}>
          <option value="">All topics</option>
          {topicSchema.options.map((option) => (
            <option key={option} value={option}>
              {topicLabels[option]}
            </option>
          ))}
        </select>
      </div>
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
                  {entry.topics.map((t) => topicLabels[t]).join(', ')} · {entry.scope} <StatusBadge status={entry.status} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A plain text filter until the matcher (shared/match) arrives; it looks at what a person reads. */
function matchesQuery(entry: Entry, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [entry.title, entry.fact, entry.myth.statement, entry.scope].some((text) => text.toLocaleLowerCase().includes(needle));
}
