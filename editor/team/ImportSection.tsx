import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { applyImport, type ImportChoices } from '../../shared/bundle/apply-import';
import { conflictsIn, planImport, type ImportPlan } from '../../shared/bundle/plan-import';
import { readBundleFile, type BundleReading } from '../../shared/bundle/read-bundle-file';
import { readFileCapped } from '../../shared/bundle/read-capped-text';
import { readLocalLibrary } from '../../shared/bundle/read-local-library';
import { getSettings, listSubscriptions } from '../../shared/db';
import type { Bundle } from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { ConflictChoice } from './ConflictChoice';

type Review = { reading: Extract<BundleReading, { ok: true }>; plan: ImportPlan };

/**
 * Importing a bundle file: everything is validated before anything is written, and the import is
 * all or nothing. A bundle not signed by a publisher the team trusts comes in "in review", never
 * as vetted; a conflict (same entry, different content) is shown side by side and the person chooses.
 */
export function ImportSection() {
  const db = useDatabase();
  const trusted = useLiveQuery(async () => (await listSubscriptions(db)).map((subscription) => subscription.publicKey), [db]) ?? [];
  const [review, setReview] = useState<Review | undefined>();
  const [choices, setChoices] = useState<ImportChoices>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | undefined>();

  const open = async (file: File | undefined) => {
    if (!file) return;
    setReview(undefined);
    setChoices({});
    // The size is checked before reading and the file read as a stream: a huge file never fills memory.
    const text = await readFileCapped(file, { what: 'The file', consequence: 'Nothing was imported.' });
    if (!text.ok) {
      setMessage({ kind: 'error', text: `Not imported — ${file.name}: ${text.message}` });
      return;
    }
    const reading = await readBundleFile(text.text, { trustedPublicKeys: trusted });
    if (!reading.ok) {
      setMessage({ kind: 'error', text: `Not imported — ${file.name}: ${reading.message}` });
      return;
    }
    const bundle = reading.trust === 'signed-trusted' ? reading.bundle : asInReview(reading.bundle);
    setMessage(undefined);
    setReview({ reading: { ...reading, bundle }, plan: planImport(bundle, await readLocalLibrary(db)) });
  };
  const apply = async () => {
    if (!review) return;
    const by = (await getSettings(db)).userName || 'someone on this device';
    const outcome = await applyImport(db, review.plan, choices, { by, now: new Date() });
    if (!outcome.ok) {
      setMessage({ kind: 'error', text: `Not imported: ${outcome.message}` });
      return;
    }
    setReview(undefined);
    setMessage({
      kind: 'ok',
      text: `Imported: ${outcome.added.entries} new entries, ${outcome.replaced.entries} replaced (their previous versions are in the history), ${outcome.keptLocal} kept as they were, ${outcome.unchanged} already the same.`,
    });
  };

  const conflicts = review ? conflictsIn(review.plan) : [];
  const undecided = conflicts.filter((conflict) => !choices[conflict.key]).length;
  const count = (status: string) => (review ? review.plan.entries.filter((record) => record.status === status).length : 0);
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import a library file</h2>
      <label className="file-button">
        Choose a bundle file
        <input type="file" accept=".json,application/json" onChange={(event) => void open(event.target.files?.[0])} />
      </label>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : ''}>
          {message.text}
        </p>
      )}
      {review && (
        <div className="import-review">
          <p data-testid="import-trust">{trustText(review.reading)}</p>
          <p>
            {review.plan.source.name} {review.plan.source.version}: {count('new')} new, {count('same')} already here, {conflicts.length}{' '}
            that differ from yours.
          </p>
          {conflicts.map((conflict) => (
            <ConflictChoice
              key={conflict.key}
              conflict={conflict}
              choice={choices[conflict.key]}
              onChoose={(choice) => setChoices({ ...choices, [conflict.key]: choice })}
            />
          ))}
          <button type="button" onClick={() => void apply()} disabled={undecided > 0}>
            {undecided > 0 ? `Choose a version for ${undecided} more` : 'Import'}
          </button>
          <button type="button" onClick={() => setReview(undefined)}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}

function trustText({ trust, signer }: Review['reading']): string {
  switch (trust) {
    case 'signed-trusted':
      return `Signed by a publisher you follow (key ${signer?.fingerprint}).`;
    case 'signed-untrusted':
      return `Signed by a key you do not follow (${signer?.fingerprint}): its entries come in as "in review", not vetted.`;
    case 'unsigned':
      return 'Not signed: its entries come in as "in review", not vetted, until someone on your team checks them.';
  }
}

/** An untrusted bundle's entries join the library for review, never straight into the vetted library. */
function asInReview(bundle: Bundle): Bundle {
  return {
    ...bundle,
    entries: bundle.entries.map((entry) => (entry.status === 'vetted' ? { ...entry, status: 'in-review' as const } : entry)),
  };
}
