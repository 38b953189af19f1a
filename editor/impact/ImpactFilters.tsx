import { topicSchema } from '../../shared/schema';
import type { ImpactFilter } from '../../shared/impact/impact-types';
import { useTranslation } from '../i18n/use-translation';

type Props = { filter: ImpactFilter; members: string[]; onChange(filter: ImpactFilter): void };

/** Date range, topic, team member and week/month: what the figures below are about. */
export function ImpactFilters({ filter, members, onChange }: Props) {
  const { t } = useTranslation(['impact', 'common']);
  const set = (changes: Partial<ImpactFilter>) => onChange({ ...filter, ...changes });
  const without = (key: 'from' | 'to' | 'topic' | 'member') => {
    const { [key]: _removed, ...rest } = filter;
    return rest;
  };
  return (
    <fieldset className="impact-filters">
      <legend>{t('filters.legend')}</legend>
      <label>
        {t('filters.from')}
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(event) => onChange(event.target.value ? { ...filter, from: event.target.value } : without('from'))}
        />
      </label>
      <label>
        {t('filters.to')}
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(event) => onChange(event.target.value ? { ...filter, to: event.target.value } : without('to'))}
        />
      </label>
      <label>
        {t('filters.topic')}
        <select
          value={filter.topic ?? ''}
          onChange={(event) =>
            onChange(event.target.value ? { ...filter, topic: event.target.value as ImpactFilter['topic'] & string } : without('topic'))
          }
        >
          <option value="">{t('filters.allTopics')}</option>
          {topicSchema.options.map((topic) => (
            <option key={topic} value={topic}>
              {t(`common:topics.${topic}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.member')}
        <select
          value={filter.member ?? ''}
          onChange={(event) => onChange(event.target.value ? { ...filter, member: event.target.value } : without('member'))}
        >
          <option value="">{t('filters.everyone')}</option>
          {members.map((member) => (
            <option key={member} value={member}>
              {member}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('filters.per')}
        <select value={filter.period} onChange={(event) => set({ period: event.target.value as ImpactFilter['period'] })}>
          <option value="week">{t('filters.week')}</option>
          <option value="month">{t('filters.month')}</option>
        </select>
      </label>
    </fieldset>
  );
}
