import { useId } from 'react';
import type { ImportChoice } from '../../shared/bundle/apply-import';
import type { PlannedConflict } from '../../shared/bundle/plan-import';
import { useTranslation } from '../i18n/use-translation';

type Props = { conflict: PlannedConflict; choice: ImportChoice | undefined; onChoose(choice: ImportChoice): void };

/** Both versions of a record, the differing fields side by side; nothing is overwritten without a choice. */
export function ConflictChoice({ conflict, choice, onChoose }: Props) {
  const name = useId();
  const { t } = useTranslation('team');
  const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, 1));
  const title = 'title' in conflict.local ? conflict.local.title : 'name' in conflict.local ? conflict.local.name : conflict.id;
  return (
    <fieldset className="conflict" aria-label={t('conflict.label', { title })}>
      <legend>{t(`conflict.differs.${conflict.kind}`, { title, fields: conflict.fields.join(', ') })}</legend>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            <th scope="col">{t('conflict.yours')}</th>
            <th scope="col">{t('conflict.incoming')}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((field) => (
            <tr key={field}>
              <th scope="row">{field}</th>
              <td>{show((conflict.local as Record<string, unknown>)[field])}</td>
              <td>{show((conflict.incoming as Record<string, unknown>)[field])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <label>
        <input type="radio" name={name} checked={choice === 'keep-local'} onChange={() => onChoose('keep-local')} /> {t('conflict.keep')}
      </label>
      <label>
        <input type="radio" name={name} checked={choice === 'take-incoming'} onChange={() => onChoose('take-incoming')} />{' '}
        {t('conflict.take')}
      </label>
    </fieldset>
  );
}
