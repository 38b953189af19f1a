import { useEffect, useId, useState } from 'react';
import { decideSighting } from '../../shared/db';
import type { Decision, Sighting } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';

// The order people weigh them in; each is named and explained by the catalogue (decision.<value>, decision.<value>Hint).
const choices = ['reply', 'hold', 'prebunk'] as const satisfies readonly Exclude<Decision, 'undecided'>[];

/** Reply, hold or prebunk — saved with the sighting, so the team's figures show what it decided. */
export function DecisionPicker({ sighting }: { sighting: Sighting }) {
  const { t } = useTranslation('sidepanel');
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
      <legend>{t('decision.legend')}</legend>
      <div className="decision-choices">
        {choices.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name={name}
              value={choice}
              checked={chosen === choice}
              onChange={() => decide(choice)}
              aria-describedby={`${name}-${choice}`}
            />
            <strong>{t(`decision.${choice}`)}</strong>
            {!decided && (
              <span className="decision-hint" id={`${name}-${choice}`}>
                {t(`decision.${choice}Hint`)}
              </span>
            )}
          </label>
        ))}
      </div>
      {decided &&
        choices.map((choice) => (
          <p key={choice} className="decision-hint" id={`${name}-${choice}`} hidden={chosen !== choice}>
            {t(`decision.${choice}Hint`)}
          </p>
        ))}
    </fieldset>
  );
}
