import { topicSchema } from '../../shared/schema';
import type { ImpactFilter } from '../../shared/impact/impact-types';

type Props = { filter: ImpactFilter; members: string[]; onChange(filter: ImpactFilter): void };

/** Date range, topic, team member and week/month: what the figures below are about. */
export function ImpactFilters({ filter, members, onChange }: Props) {
  const set = (changes: Partial<ImpactFilter>) => onChange({ ...filter, ...changes });
  const without = (key: 'from' | 'to' | 'topic' | 'member') => {
    const { [key]: _removed, ...rest } = filter;
    return rest;
  };
  return (
    <fieldset className="impact-filters">
      <legend>Show</legend>
      <label>
        From
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(event) => onChange(event.target.value ? { ...filter, from: event.target.value } : without('from'))}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(event) => onChange(event.target.value ? { ...filter, to: event.target.value } : without('to'))}
        />
      </label>
      <label>
        Topic
        <select
          value={filter.topic ?? ''}
          onChange={(event) =>
            onChange(event.target.value ? { ...filter, topic: event.target.value as ImpactFilter['topic'] & string } : without('topic'))
          }
        >
          <option value="">All topics</option>
          {topicSchema.options.map((topic) => (
            <option key={topic} value={topic}>
              {topic.replaceAll('-', ' ')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Team member
        <select
          value={filter.member ?? ''}
          onChange={(event) => onChange(event.target.value ? { ...filter, member: event.target.value } : without('member'))}
        >
          <option value="">Everyone</option>
          {members.map((member) => (
            <option key={member} value={member}>
              {member}
            </option>
          ))}
        </select>
      </label>
      <label>
        Per
        <select value={filter.period} onChange={(event) => set({ period: event.target.value as ImpactFilter['period'] })}>
          <option value="week">week</option>
          <option value="month">month</option>
        </select>
      </label>
    </fieldset>
  );
}
