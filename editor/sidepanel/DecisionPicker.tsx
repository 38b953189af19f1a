import { useEffect, useId, useState } from 'react';
import { decideSighting } from '../../shared/db';
import type { Decision, Sighting } from '../../shared/schema';
import { useDatabase } from '../services/database-context';

const choices: { value: Exclude<Decision, 'undecided'>; label: string; hint: string }[] = [
  { value: 'reply', label: 'Reply now', hint: 'It is spreading beyond its own community: answer with the fact.' },
  {
    value: 'hold',
    label: 'Hold',
    hint: 'Below the tipping point: the rumour has not left its community, and a reply would only amplify it.',
  },
  { value: 'prebunk', label: 'Prebunk later', hint: 'Expect it to come back: post the fact first, before the myth arrives.' },
];

/** Reply, hold or prebunk — saved with the sighting, so the team's figures show what it decided. */
export function DecisionPicker({ sighting }: { sighting: Sighting }) {
  const db = useDatabase();
  const name = useId();
  // Shown at once; the database write follows, and a change from elsewhere wins when it lands.
  const [chosen, setChosen] = useState(sighting.decision);
  useEffect(() => setChosen(sighting.decision), [sighting.decision]);
  const decide = (decision: Decision) => {
    setChosen(decision);
    void decideSighting(db, sighting.id, decision);
  };
  // Once decided, the choices sit in one row with the chosen one's reason under them: the panel
  // is narrow, and the reply below matters more than reasons already read.
  const decided = chosen !== 'undecided';
  return (
    <fieldset className={decided ? 'decision decision-made' : 'decision'}>
      <legend>Decide</legend>
      <div className="decision-choices">
        {choices.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={chosen === choice.value}
              onChange={() => decide(choice.value)}
              aria-describedby={`${name}-${choice.value}`}
            />
            <strong>{choice.label}</strong>
            {!decided && (
              <span className="decision-hint" id={`${name}-${choice.value}`}>
                {choice.hint}
              </span>
            )}
          </label>
        ))}
      </div>
      {decided &&
        choices.map((choice) => (
          <p key={choice.value} className="decision-hint" id={`${name}-${choice.value}`} hidden={chosen !== choice.value}>
            {choice.hint}
          </p>
        ))}
    </fieldset>
  );
}
