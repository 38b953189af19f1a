import type { Diagnostic } from '../../shared/lint';
import { sectionLabels } from '../../shared/language';
import { rules } from '../../shared/lint';

const severities = [
  { severity: 'error', heading: 'Must fix' },
  { severity: 'warning', heading: 'Should fix' },
  { severity: 'info', heading: 'Worth a look' },
] as const;
const ruleById = new Map<string, (typeof rules)[number]>(rules.map((rule) => [rule.id, rule]));

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
                const rule = ruleById.get(diagnostic.ruleId);
                return (
                  <li
                    key={`${diagnostic.ruleId}:${diagnostic.section}:${diagnostic.start}:${diagnostic.end}`}
                    data-rule={diagnostic.ruleId}
                  >
                    <p>
                      <strong>{sectionLabels[diagnostic.section]}</strong>: {diagnostic.message}
                    </p>
                    {rule && (
                      <details>
                        <summary>Why ({rule.meta.title})</summary>
                        <p>{rule.meta.rationale}</p>
                        <p className="source">Source: {rule.meta.source.name}</p>
                      </details>
                    )}
                    <button type="button" onClick={() => onJump(diagnostic)}>
                      Show in draft
                    </button>
                    {diagnostic.suggestion?.replacement !== undefined && (
                      <button type="button" onClick={() => onFix(diagnostic)}>
                        Apply fix: {diagnostic.suggestion.description}
                      </button>
                    )}
                    {/* No sentence could be written for this draft: the rule says what to do instead. */}
                    {diagnostic.suggestion && diagnostic.suggestion.replacement === undefined && (
                      <p className="finding-advice">How to fix it: {diagnostic.suggestion.description}</p>
                    )}
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
