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
  return (
    <fieldset className="decision">
      <legend>Decide</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input type="radio" name={name} value={choice.value} checked={chosen === choice.value} onChange={() => decide(choice.value)} />
          <strong>{choice.label}</strong> <span className="decision-hint">{choice.hint}</span>
        </label>
      ))}
    </fieldset>
  );
}
