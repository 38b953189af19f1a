import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { applyImport, type ImportChoices } from '../../shared/bundle/apply-import';
import { conflictsIn, planImport, type ImportPlan } from '../../shared/bundle/plan-import';
import { readBundleFile, type BundleReading } from '../../shared/bundle/read-bundle-file';
import { readFileCapped } from '../../shared/bundle/read-capped-text';
import { readLocalLibrary } from '../../shared/bundle/read-local-library';
import { getSettings, listSubscriptions } from '../../shared/db';
import type { Bundle } from '../../shared/schema';
import { interfaceI18n } from '../i18n/interface-i18n';
import { useReasonText } from '../i18n/use-reason-text';
import { useTranslation } from '../i18n/use-translation';
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
  const { t } = useTranslation(['team', 'common']);
  const reasonText = useReasonText();
  const trusted = useLiveQuery(async () => (await listSubscriptions(db)).map((subscription) => subscription.publicKey), [db]) ?? [];
  const [review, setReview] = useState<Review | undefined>();
  const [choices, setChoices] = useState<ImportChoices>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | undefined>();

  const open = async (file: File | undefined) => {
    if (!file) return;
    setReview(undefined);
    setChoices({});
    // The size is checked before reading and the file read as a stream: a huge file never fills memory.
    const text = await readFileCapped(file, { subject: { what: 'file' }, consequence: 'imported' });
    if (!text.ok) {
      setMessage({ kind: 'error', text: t('import.notImported', { file: file.name, reason: reasonText(text) }) });
      return;
    }
    const reading = await readBundleFile(text.text, { trustedPublicKeys: trusted });
    if (!reading.ok) {
      setMessage({ kind: 'error', text: t('import.notImported', { file: file.name, reason: reasonText(reading) }) });
      return;
    }
    const bundle = reading.trust === 'signed-trusted' ? reading.bundle : asInReview(reading.bundle);
    setMessage(undefined);
    setReview({ reading: { ...reading, bundle }, plan: planImport(bundle, await readLocalLibrary(db)) });
  };
  const apply = async () => {
    if (!review) return;
    const by = (await getSettings(db)).userName || t('import.someone');
    const outcome = await applyImport(db, review.plan, choices, { by, now: new Date() });
    if (!outcome.ok) {
      setMessage({ kind: 'error', text: t('import.failed', { reason: reasonText(outcome) }) });
      return;
    }
    setReview(undefined);
    setMessage({
      kind: 'ok',
      text: t('import.done', {
        added: outcome.added.entries,
        replaced: outcome.replaced.entries,
        kept: outcome.keptLocal,
        unchanged: outcome.unchanged,
      }),
    });
  };

  const conflicts = review ? conflictsIn(review.plan) : [];
  const undecided = conflicts.filter((conflict) => !choices[conflict.key]).length;
  const count = (status: string) => (review ? review.plan.entries.filter((record) => record.status === status).length : 0);
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('import.heading')}</h2>
      <label className="file-button">
        {t('import.choose')}
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
            {t('import.summary', {
              source: `${review.plan.source.name} ${review.plan.source.version}`,
              added: count('new'),
              same: count('same'),
              differ: conflicts.length,
            })}
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
            {undecided > 0 ? t('import.chooseMore', { count: undecided }) : t('import.apply')}
          </button>
          <button type="button" onClick={() => setReview(undefined)}>
            {t('common:cancel')}
          </button>
        </div>
      )}
    </section>
  );
}

function trustText({ trust, signer }: Review['reading']): string {
  switch (trust) {
    case 'signed-trusted':
      return interfaceI18n.t('team:import.trusted', { key: signer?.fingerprint });
    case 'signed-untrusted':
      return interfaceI18n.t('team:import.untrusted', { key: signer?.fingerprint });
    case 'unsigned':
      return interfaceI18n.t('team:import.unsigned');
  }
}

/** An untrusted bundle's entries join the library for review, never straight into the vetted library. */
function asInReview(bundle: Bundle): Bundle {
  return {
    ...bundle,
    entries: bundle.entries.map((entry) => (entry.status === 'vetted' ? { ...entry, status: 'in-review' as const } : entry)),
  };
}
