import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { publicKeyFingerprint } from '../../shared/bundle/bundle-keys';
import { getSettings, listSubscriptions, removeSubscription } from '../../shared/db';
import { checkSubscription } from '../../shared/subscriptions/check-subscription';
import { checkNewSubscription, subscribe } from '../../shared/subscriptions/subscribe';
import { useDatabase } from '../services/database-context';
import { requestHostAccess } from './request-host-access';

/** The libraries the team follows: add one with its publisher key, check it, stop following it. */
export function SubscriptionsSection() {
  const db = useDatabase();
  const subscriptions =
    useLiveQuery(
      async () =>
        Promise.all(
          (await listSubscriptions(db)).map(async (subscription) => ({
            ...subscription,
            fingerprint: await publicKeyFingerprint(subscription.publicKey).catch(() => 'not a valid key'),
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
        ? { kind: 'error', text: result.message }
        : { kind: 'ok', text: result.state === 'not-modified' ? 'No change since the last check.' : 'Synced.' },
    );
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    // Checked first, so a bad address gets words about the address, not about the browser's permission.
    const checked = checkNewSubscription(form);
    if (!checked.ok) {
      setMessage({ kind: 'error', text: `Not followed — ${checked.message}` });
      return;
    }
    // Asked next, still inside the click: browsers grant a host permission only during a user gesture.
    const allowed = await requestHostAccess(checked.subscription.url).catch(() => false);
    if (!allowed) {
      setMessage({ kind: 'error', text: 'The browser did not allow reading from that site, so the library was not followed.' });
      return;
    }
    const result = await subscribe(db, checked.subscription);
    if (!result.ok) {
      setMessage({ kind: 'error', text: `Not followed — ${result.message}` });
      return;
    }
    setForm({ url: '', name: '', publicKey: '' });
    await check(result.url);
  };

  return (
    <section aria-labelledby="subscriptions-heading">
      <h2 id="subscriptions-heading">Libraries you follow</h2>
      <p className="hint">
        A team or network publishes its library as a signed file on any web host. Entries from it arrive read-only; an entry you edit here
        becomes your local version, and the publisher’s updates to it wait for your review.
      </p>
      {subscriptions.length > 0 && (
        <ul aria-label="Subscriptions" className="subscription-list">
          {subscriptions.map((subscription) => (
            <li key={subscription.url}>
              <strong>{subscription.name}</strong> <code>{subscription.url}</code>
              <p className="hint">
                Publisher key fingerprint <code data-testid="subscription-fingerprint">{subscription.fingerprint}</code> — compare it, group
                by group, with the one the publisher gives you.
              </p>
              <p className={subscription.state === 'ok' ? '' : 'error'} data-testid="subscription-state">
                {subscription.checkedAt ? `Checked ${new Date(subscription.checkedAt).toLocaleString()}: ` : 'Not checked yet. '}
                {subscription.message}
              </p>
              <button type="button" onClick={() => void check(subscription.url)} disabled={busy === subscription.url}>
                {busy === subscription.url ? 'Checking…' : `Check ${subscription.name} now`}
              </button>
              <button type="button" onClick={() => void removeSubscription(db, subscription.url)}>
                Stop following {subscription.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* noValidate: the browser's own check of type="url" would block the submit silently and leave the last message showing; ours names the field. */}
      <form onSubmit={(event) => void add(event)} className="subscribe-form" aria-label="Follow a library" noValidate>
        <label>
          Bundle URL
          <input
            type="url"
            value={form.url}
            onChange={(event) => setForm({ ...form, url: event.target.value })}
            placeholder="https://…/library.json"
          />
        </label>
        <label>
          Name
          <input value={form.name} onChange={(event) => setForm({ ...form, name: event.target.value })} placeholder="Our city network" />
        </label>
        <label>
          Publisher’s public key
          <input
            value={form.publicKey}
            onChange={(event) => setForm({ ...form, publicKey: event.target.value })}
            placeholder="44 characters from publisher.pub"
          />
        </label>
        <button type="submit">Follow this library</button>
      </form>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : ''}>
          {message.text}
        </p>
      )}
    </section>
  );
}
