import { useState, type FormEvent } from 'react';
import { claimReviewFor, claimReviewJsonLd } from '../../shared/claim-review';
import type { Entry } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';

/**
 * The entry as schema.org ClaimReview markup for the page where the rebuttal is published, so
 * search engines can show the fact check beside the claim. Appearances are archive links only:
 * linking straight to the posts would send them traffic.
 */
export function ClaimReviewExport({ entry }: { entry: Entry }) {
  const { t } = useTranslation('entry');
  const [form, setForm] = useState({ url: '', organisation: '', organisationUrl: '', appearances: '' });
  const [result, setResult] = useState<{ ok: true; json: string } | { ok: false; message: string } | undefined>();
  if (entry.status !== 'vetted') return null;

  const make = (event: FormEvent) => {
    event.preventDefault();
    const appearances = form.appearances.split(/\s+/).filter(Boolean);
    const made = claimReviewFor(entry, {
      url: form.url.trim(),
      organisation: { name: form.organisation.trim(), url: form.organisationUrl.trim() },
      ...(appearances.length > 0 ? { appearances } : {}),
    });
    setResult(made.ok ? { ok: true, json: claimReviewJsonLd(made.claimReview) } : made);
  };
  return (
    <details className="claim-review">
      <summary>{t('claimReview.summary')}</summary>
      <form onSubmit={make} aria-label={t('claimReview.formLabel')}>
        <label>
          {t('claimReview.url')}
          <input
            type="url"
            value={form.url}
            onChange={(event) => setForm({ ...form, url: event.target.value })}
            placeholder={t('claimReview.urlPlaceholder')}
          />
        </label>
        <label>
          {t('claimReview.organisation')}
          <input value={form.organisation} onChange={(event) => setForm({ ...form, organisation: event.target.value })} />
        </label>
        <label>
          {t('claimReview.organisationUrl')}
          <input type="url" value={form.organisationUrl} onChange={(event) => setForm({ ...form, organisationUrl: event.target.value })} />
        </label>
        <label>
          {t('claimReview.appearances')}
          <textarea
            rows={3}
            value={form.appearances}
            onChange={(event) => setForm({ ...form, appearances: event.target.value })}
            placeholder="https://web.archive.org/web/…"
          />
        </label>
        <button type="submit">{t('claimReview.make')}</button>
      </form>
      {result?.ok === false && <p role="alert">{result.message}</p>}
      {result?.ok && (
        <>
          <pre data-testid="claim-review-json">{result.json}</pre>
          <button
            type="button"
            onClick={() => void navigator.clipboard.writeText(`<script type="application/ld+json">\n${result.json}\n</script>`)}
          >
            {t('claimReview.copy')}
          </button>
        </>
      )}
    </details>
  );
}
