import { useMemo, useState } from 'react';
import { computeImpact } from '../../shared/impact/compute-impact';
import type { ImpactFilter, ImpactStats } from '../../shared/impact/impact-types';
import { BarChart } from './BarChart';
import { ColumnChart } from './ColumnChart';
import { ImpactExports } from './ImpactExports';
import { ImpactFilters } from './ImpactFilters';
import { useImpactData } from './use-impact-data';
import './impact.css';

const decisionLabels = {
  reply: 'Replied',
  hold: 'Held (below the tipping point)',
  prebunk: 'Prebunk later',
  undecided: 'Not decided',
} as const;

/**
 * Which myths circulate, how fast the team answers, and what to repeat next — from the sightings
 * and the replies people confirmed they posted. Charts with tables beside them, filters, exports.
 */
export function ImpactView() {
  const data = useImpactData();
  const [filter, setFilter] = useState<ImpactFilter>(() => ({
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    period: 'week',
  }));
  const stats = useMemo(() => (data ? computeImpact(data, filter, new Date()) : undefined), [data, filter]);
  const members = useMemo(
    () =>
      [
        ...new Set(
          [...(data?.sightings ?? []).map((sighting) => sighting.by ?? ''), ...(data?.replies ?? []).map((reply) => reply.by)].filter(
            Boolean,
          ),
        ),
      ].sort(),
    [data],
  );
  if (!data || !stats) return <p role="status">Counting…</p>;
  return (
    <div className="impact">
      <h1>Impact</h1>
      <ImpactFilters filter={filter} members={members} onChange={setFilter} />
      <Headlines stats={stats} />
      {stats.milestones.length > 0 && (
        <section aria-labelledby="milestones-heading">
          <h2 id="milestones-heading">Milestones</h2>
          <ul aria-label="Milestones">
            {stats.milestones.map((milestone) => (
              <li key={milestone}>{milestone}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="impact-charts">
        <ColumnChart title={`Sightings per ${filter.period}`} periods={stats.sightingsOverTime} />
        <BarChart
          title="Myths seen most"
          unit="Sightings"
          bars={stats.sightingsByEntry.slice(0, 10).map((row) => ({ label: row.title, value: row.count }))}
        />
        <BarChart
          title="Sightings by topic"
          unit="Sightings"
          bars={stats.sightingsByTopic.map((row) => ({ label: row.topic.replaceAll('-', ' '), value: row.count }))}
        />
        <BarChart
          title="Sightings by platform"
          unit="Sightings"
          bars={stats.sightingsByPlatform.map((row) => ({ label: row.platform, value: row.count }))}
        />
        <BarChart
          title="Decisions"
          unit="Sightings"
          bars={stats.decisions.map((row) => ({
            label: `${decisionLabels[row.decision]} (${Math.round(row.share * 100)}%)`,
            value: row.count,
          }))}
        />
        <BarChart
          title="Fact repeated versus myth seen"
          unit="Fact repeated (replies)"
          pairedUnit="Myth seen (sightings)"
          bars={stats.factVersusMyth.slice(0, 10).map((row) => ({ label: row.title, value: row.factRepeated, paired: row.mythSeen }))}
        />
        <BarChart
          title="Replies per audience"
          unit="Replies"
          bars={stats.repliesByAudience.map((row) => ({ label: row.name, value: row.count }))}
        />
        <BarChart
          title="Replies per spokesperson"
          unit="Replies"
          bars={stats.repliesBySpokesperson.map((row) => ({ label: row.name, value: row.count }))}
        />
      </div>
      <Reminders stats={stats} />
      <section aria-labelledby="gaps-heading">
        <h2 id="gaps-heading">Myths seen with no library entry ({stats.gaps.length})</h2>
        <p className="hint">What to research next.</p>
        <ul aria-label="Gaps">
          {stats.gaps.slice(0, 20).map((gap) => (
            <li key={`${gap.capturedAt}-${gap.text.slice(0, 20)}`}>
              <q>{gap.text.length > 160 ? `${gap.text.slice(0, 159)}…` : gap.text}</q> — {gap.platform}, {gap.capturedAt.slice(0, 10)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="unused-heading">
        <h2 id="unused-heading">Vetted entries not used in a reply ({stats.unusedEntries.length})</h2>
        <ul aria-label="Unused entries">
          {stats.unusedEntries.map((entry) => (
            <li key={entry.entryId}>
              <a href={`#/entries/${entry.entryId}`}>{entry.title}</a>
            </li>
          ))}
        </ul>
      </section>
      <ImpactExports data={data} filter={filter} stats={stats} />
    </div>
  );
}

function Headlines({ stats }: { stats: ImpactStats }) {
  const minutes = (value: number | undefined) =>
    value === undefined ? '—' : value < 120 ? `${Math.round(value)} min` : `${(value / 60).toFixed(1)} h`;
  return (
    <dl className="impact-headlines" aria-label="Headline figures">
      <div>
        <dt>Sightings</dt>
        <dd data-testid="headline-sightings">{stats.totals.sightings}</dd>
      </div>
      <div>
        <dt>Replies posted</dt>
        <dd data-testid="headline-replies">{stats.totals.replies}</dd>
      </div>
      <div>
        <dt>Decided</dt>
        <dd>{stats.totals.decided}</dd>
      </div>
      <div>
        <dt>Median time to reply</dt>
        <dd data-testid="headline-median">{minutes(stats.timeToReply.medianMinutes)}</dd>
      </div>
      <div>
        <dt>90% replied within</dt>
        <dd data-testid="headline-p90">{minutes(stats.timeToReply.p90Minutes)}</dd>
      </div>
      <div>
        <dt>Entries used</dt>
        <dd>{stats.totals.entriesUsed}</dd>
      </div>
    </dl>
  );
}

function Reminders({ stats }: { stats: ImpactStats }) {
  return (
    <section aria-labelledby="cadence-heading">
      <h2 id="cadence-heading">Repeat the fact</h2>
      <p className="hint">“Always repeat truths more than lies”: while a myth keeps being seen, post its fact again on a steady rhythm.</p>
      {stats.cadence.length === 0 ? (
        <p>No myth is circulating enough to need a reminder.</p>
      ) : (
        <ul aria-label="Next reminders">
          {stats.cadence.map((reminder) => (
            <li key={reminder.entryId}>
              <a href={`#/entries/${reminder.entryId}`}>{reminder.title}</a>: every {reminder.everyDays} days — next{' '}
              <span className={reminder.overdue ? 'overdue' : ''}>
                {reminder.overdue ? `overdue since ${reminder.nextDueAt.slice(0, 10)}` : `due ${reminder.nextDueAt.slice(0, 10)}`}
              </span>
              {reminder.lastPostedAt ? ` (last posted ${reminder.lastPostedAt.slice(0, 10)})` : ' (not posted yet)'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
