import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useDatabase } from '../services/database-context';
import { audiencesHref, spokespeopleHref, teamHref } from '../services/use-hash-route';

const dismissedKey = 'fact-sandwich:first-run-done';

/**
 * The next step for someone who has never drafted a reply: the library is the way in, and a
 * first visit otherwise shows 94 entries and no hint of what to do with them. Gone once dismissed
 * or once there is a draft; kept per browser (localStorage), as it is about this person's start.
 */
export function FirstRunGuide() {
  const db = useDatabase();
  const drafts = useLiveQuery(() => db.drafts.count(), [db]);
  const [dismissed, setDismissed] = useState(() => readDismissed());
  if (dismissed || drafts === undefined || drafts > 0) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(dismissedKey, 'yes');
    } catch {
      // Storage blocked: the guide goes for this visit only.
    }
    setDismissed(true);
  };
  return (
    <section className="first-run" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">Answer a myth in three steps</h2>
      <ol>
        <li>Find the myth below: search with a word from the post you want to answer.</li>
        <li>
          Open its entry and choose <strong>Draft a reply with this entry</strong>: the reply starts with the fact, warns about the myth
          once, explains, and ends with the fact again.
        </li>
        <li>Fix what the checks flag beside your text, then copy the reply or share it for review.</li>
      </ol>
      <p>
        Once, for replies that fit who you speak to and who speaks: set up your <a href={audiencesHref}>audiences</a> and{' '}
        <a href={spokespeopleHref}>spokespeople</a>. Working as a team? <a href={teamHref}>Follow your team’s library</a>.
      </p>
      <button type="button" onClick={dismiss}>
        Got it
      </button>
    </section>
  );
}

function readDismissed(): boolean {
  try {
    return localStorage.getItem(dismissedKey) === 'yes';
  } catch {
    return false;
  }
}
