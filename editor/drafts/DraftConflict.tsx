import { useState } from 'react';
import { sectionIds, type Draft } from '../../shared/schema';
import { sectionLabels } from '../../shared/language';

type Props = { mine: Draft; theirs: Draft; onReloadTheirs: () => void; onKeepMine: () => void };

/**
 * The choice after a save was refused because another window saved this draft first: nothing is
 * overwritten until the person picks. Not modal and not focus-stealing: it appears while someone
 * types, and a keystroke must not land on one of its buttons.
 */
export function DraftConflict({ mine, theirs, onReloadTheirs, onKeepMine }: Props) {
  const [comparing, setComparing] = useState(false);
  return (
    <section className="draft-conflict" aria-labelledby="draft-conflict-heading">
      <h2 id="draft-conflict-heading">Changed in another window</h2>
      <p role="alert">Not saved: this draft was saved in another window or tab after you opened it. Choose which version to keep.</p>
      <p className="draft-conflict-actions">
        <button type="button" onClick={onReloadTheirs}>
          Reload theirs
        </button>
        <button type="button" onClick={onKeepMine}>
          Keep mine
        </button>
        <button type="button" aria-expanded={comparing} onClick={() => setComparing(!comparing)}>
          Compare
        </button>
      </p>
      {comparing && (
        <table>
          <caption>Your version beside the other window's</caption>
          <thead>
            <tr>
              <th scope="col">Section</th>
              <th scope="col">Yours</th>
              <th scope="col">Theirs</th>
            </tr>
          </thead>
          <tbody>
            {sectionIds.map((id) => (
              <tr key={id} className={mine.sections[id] === theirs.sections[id] ? undefined : 'differs'}>
                <th scope="row">{sectionLabels[id]}</th>
                <td>{mine.sections[id]}</td>
                <td>{theirs.sections[id]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
