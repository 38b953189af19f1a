import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { publicKeyFingerprint } from '../../shared/bundle/bundle-keys';
import { getSettings, listSubscriptions, removeSubscription } from '../../shared/db';
import { checkSubscription } from '../../shared/subscriptions/check-subscription';
import { checkNewSubscription, type SubscriptionProblem, subscribe } from '../../shared/subscriptions/subscribe';
import { useReasonText } from '../i18n/use-reason-text';
import { useTranslation } from '../i18n/use-translation';
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { useDatabase } from '../services/database-context';
import { requestHostAccess } from './request-host-access';

/** The libraries the team follows: add one with its publisher key, check it, stop following it. */
export function SubscriptionsSection() {
  const db = useDatabase();
  const { t } = useTranslation('team');
  const reasonText = useReasonText();
  const formats = useInterfaceFormats();
  const subscriptions =
    useLiveQuery(
      async () =>
        Promise.all(
          (await listSubscriptions(db)).map(async (subscription) => ({
            ...subscription,
            fingerprint: await publicKeyFingerprint(subscription.publicKey).catch(() => undefined),
          })),
        ),
      [db],
    ) ?? [];
  const [form, setForm] = useState({ url: '', name: '', publicKey: '' });
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | undefined>();
  const [busy, setBusy] = useState<string | undefined>();

  const check = async (url: string) => {
    setBusy(url);
    const by = (await getSettings(db)).userName || 'subscription';
    const result = await checkSubscription(db, url, { by });
    setBusy(undefined);
    setMessage(
      result.state === 'refused' || result.state === 'unreachable'
        ? { kind: 'error', text: reasonText(result) }
        : { kind: 'ok', text: result.state === 'not-modified' ? t('follow.noChange') : t('follow.synced') },
    );
  };
  // One line per problem, each named by the field's label as this form shows it.
  const problemsText = (problems: SubscriptionProblem[]) =>
    problems
      .map(({ field, problem, reason }) => {
        const said = reasonText({ reason, message: problem });
        return field ? t('follow.fieldProblem', { field: t(`follow.${field}`), problem: said }) : said;
      })
      .join('\n');
  const add = async (event: FormEvent) => {
    event.preventDefault();
    // Checked first, so a bad address gets words about the address, not about the browser's permission.
    const checked = checkNewSubscription(form);
    if (!checked.ok) {
      setMessage({ kind: 'error', text: t('follow.notFollowed', { reason: problemsText(checked.problems) }) });
      return;
    }
    // Asked next, still inside the click: browsers grant a host permission only during a user gesture.
    const allowed = await requestHostAccess(checked.subscription.url).catch(() => false);
    if (!allowed) {
      setMessage({ kind: 'error', text: t('follow.notAllowed') });
      return;
    }
    const result = await subscribe(db, checked.subscription);
    if (!result.ok) {
      setMessage({ kind: 'error', text: t('follow.notFollowed', { reason: problemsText(result.problems) }) });
      return;
    }
    setForm({ url: '', name: '', publicKey: '' });
    await check(result.url);
  };

  return (
    <section aria-labelledby="subscriptions-heading">
      <h2 id="subscriptions-heading">{t('follow.heading')}</h2>
      <p className="hint">{t('follow.intro')}</p>
      {subscriptions.length > 0 && (
        <ul aria-label={t('follow.listLabel')} className="subscription-list">
          {subscriptions.map((subscription) => (
            <li key={subscription.url}>
              <strong>{subscription.name}</strong> <code>{subscription.url}</code>
              <p className="hint">
                {t('follow.fingerprint')}{' '}
                <code data-testid="subscription-fingerprint">{subscription.fingerprint ?? t('follow.invalidKey')}</code>{' '}
                {t('follow.compareFingerprint')}
              </p>
              <p className={subscription.state === 'ok' ? '' : 'error'} data-testid="subscription-state">
                {subscription.checkedAt
                  ? `${t('follow.checkedAt', { date: formats.dateTime(subscription.checkedAt) })} `
                  : `${t('follow.notChecked')} `}
                {subscription.message && reasonText({ reason: subscription.reason, message: subscription.message })}
              </p>
              <button type="button" onClick={() => void check(subscription.url)} disabled={busy === subscription.url}>
                {busy === subscription.url ? t('follow.checking') : t('follow.checkNow', { name: subscription.name })}
              </button>
              <button type="button" onClick={() => void removeSubscription(db, subscription.url)}>
                {t('follow.stop', { name: subscription.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* noValidate: the browser's own check of type="url" would block the submit silently and leave the last message showing; ours names the field. */}
      <form onSubmit={(event) => void add(event)} className="subscribe-form" aria-label={t('follow.formLabel')} noValidate>
        <label>
          {t('follow.url')}
          <input
            type="url"
            value={form.url}
            onChange={(event) => setForm({ ...form, url: event.target.value })}
            placeholder="https://…/library.json"
          />
        </label>
        <label>
          {t('follow.name')}
          <input
            value={form.name}
            onChange={(event) => setForm({ ...form, name: event.target.value })}
            placeholder={t('follow.namePlaceholder')}
          />
        </label>
        <label>
          {t('follow.publicKey')}
          <input
            value={form.publicKey}
            onChange={(event) => setForm({ ...form, publicKey: event.target.value })}
            placeholder={t('follow.publicKeyPlaceholder')}
          />
        </label>
        <button type="submit">{t('follow.submit')}</button>
      </form>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : ''}>
          {message.text}
        </p>
      )}
    </section>
  );
}
