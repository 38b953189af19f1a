import type { ReactNode } from 'react';
import type { Diagnostic } from '../../shared/lint';
import { FindingsList } from './FindingsList';
import { FindingsSheet } from './FindingsSheet';

/** Where the findings go: beside the text, in a sheet over a narrow screen, or in the side panel's one column. */
export type FindingsPlace = 'side' | 'sheet' | 'column';

type Props = {
  place: Exclude<FindingsPlace, 'column'>;
  diagnostics: Diagnostic[];
  onJump(diagnostic: Diagnostic): void;
  onFix(diagnostic: Diagnostic): void;
  /** Shown under the findings beside the text (the entry's sources). */
  children?: ReactNode;
};

/** The findings outside the text's column: a sticky side column, or a bar that opens a sheet. */
export function DraftFindings({ place, diagnostics, onJump, onFix, children }: Props) {
  if (place === 'side') {
    return (
      <aside className="findings-aside">
        <FindingsList diagnostics={diagnostics} onJump={onJump} onFix={onFix} />
        {children}
      </aside>
    );
  }
  return (
    <FindingsSheet diagnostics={diagnostics}>
      {(close) => (
        <FindingsList
          diagnostics={diagnostics}
          // The sheet covers the text: it closes, so the finding shown is seen.
          onJump={(diagnostic) => {
            close();
            onJump(diagnostic);
          }}
          onFix={onFix}
        />
      )}
    </FindingsSheet>
  );
}
