import type { Diagnostic } from '../../shared/lint';
import { FindingDetails } from './FindingDetails';

const severities = [
  { severity: 'error', heading: 'Must fix' },
  { severity: 'warning', heading: 'Should fix' },
  { severity: 'info', heading: 'Worth a look' },
] as const;

type Props = { diagnostics: Diagnostic[]; onJump(diagnostic: Diagnostic): void; onFix(diagnostic: Diagnostic): void };

/** The linter's findings by severity: what, why (with the method's source), where, and a fix. */
export function FindingsList({ diagnostics, onJump, onFix }: Props) {
  if (diagnostics.length === 0) {
    return (
      <section aria-labelledby="findings-heading" className="findings">
        <h2 id="findings-heading">Findings</h2>
        <p role="status">No findings: the draft follows the fact sandwich.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="findings-heading" className="findings">
      <h2 id="findings-heading">Findings</h2>
      <p role="status" className="visually-hidden">
        {diagnostics.length === 1 ? '1 finding' : `${diagnostics.length} findings`}
      </p>
      {severities.map(({ severity, heading }) => {
        const group = diagnostics.filter((diagnostic) => diagnostic.severity === severity);
        if (group.length === 0) return null;
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
                        Show in draft
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
