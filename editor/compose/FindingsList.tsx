import type { Diagnostic } from '../../shared/lint';
import { useTranslation } from '../i18n/use-translation';
import { FindingDetails } from './FindingDetails';

// Most pressing first; each group is headed by its severity's name (compose:findings.severity).
const severities = ['error', 'warning', 'info'] as const;

type Props = { diagnostics: Diagnostic[]; onJump(diagnostic: Diagnostic): void; onFix(diagnostic: Diagnostic): void };

/** The linter's findings by severity: what, why (with the method's source), where, and a fix. */
export function FindingsList({ diagnostics, onJump, onFix }: Props) {
  const { t } = useTranslation('compose');
  if (diagnostics.length === 0) {
    return (
      <section aria-labelledby="findings-heading" className="findings">
        <h2 id="findings-heading">{t('findings.heading')}</h2>
        <p role="status">{t('findings.noneInDraft')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="findings-heading" className="findings">
      <h2 id="findings-heading">{t('findings.heading')}</h2>
      <p role="status" className="visually-hidden">
        {t('findings.count', { count: diagnostics.length })}
      </p>
      {severities.map((severity) => {
        const group = diagnostics.filter((diagnostic) => diagnostic.severity === severity);
        if (group.length === 0) return null;
        const heading = t(`findings.severity.${severity}`);
        return (
          <div key={severity}>
            <h3>
              {heading} ({group.length})
            </h3>
            <ul aria-label={heading} className={`finding-list finding-${severity}`}>
              {group.map((diagnostic) => {
                return (
                  <li
                    key={`${diagnostic.ruleId}:${diagnostic.section}:${diagnostic.start}:${diagnostic.end}`}
                    data-rule={diagnostic.ruleId}
                  >
                    <FindingDetails diagnostic={diagnostic} onFix={onFix}>
                      <button type="button" onClick={() => onJump(diagnostic)}>
                        {t('findings.showInDraft')}
                      </button>
                    </FindingDetails>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
