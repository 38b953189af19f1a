import { browser } from 'wxt/browser';
import { checkSubscription, type CheckResult } from '../../shared/subscriptions/check-subscription';
import { backgroundDatabase } from './background-database';

export const syncAlarmName = 'sync-subscriptions';
/** Hourly: a team's correction reaches every member the same day without anyone pressing a button. */
const syncEveryMinutes = 60;

export function scheduleSubscriptionSync(): void {
  void browser.alarms.create(syncAlarmName, { delayInMinutes: 1, periodInMinutes: syncEveryMinutes });
}

/**
 * Checks every subscription the browser has granted access to (the permission is asked for, per
 * site, when the person subscribes). Named, so tests can run it without waiting for the alarm.
 */
export async function syncAllSubscriptions(): Promise<Record<string, CheckResult['state'] | 'no-access'>> {
  const db = backgroundDatabase();
  const results: Record<string, CheckResult['state'] | 'no-access'> = {};
  for (const subscription of await db.subscriptions.toArray()) {
    const origins = [`${new URL(subscription.url).origin}/*`];
    if (!(await browser.permissions.contains({ origins }))) {
      results[subscription.url] = 'no-access';
      continue;
    }
    results[subscription.url] = (await checkSubscription(db, subscription.url, { by: 'scheduled sync' })).state;
  }
  await showRefusalBadge(Object.values(results).includes('refused'));
  return results;
}

/**
 * The hourly sync runs unseen: a refused update (tampered, older, unsigned) also marks the
 * toolbar button, so it is noticed before the next reply; the pages say which library and why.
 */
async function showRefusalBadge(refused: boolean): Promise<void> {
  // Chrome's MV3 `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  await action.setBadgeText({ text: refused ? '!' : '' });
  // Both from _locales, in the browser's language; cleared, the button says again what it does.
  await action.setTitle({ title: browser.i18n.getMessage(refused ? 'libraryUpdateRefused' : 'actionTitle') });
  if (refused) await action.setBadgeBackgroundColor({ color: '#9b1c1c' });
}

export function onSyncAlarm(alarm: { name: string }): void {
  if (alarm.name === syncAlarmName) void syncAllSubscriptions();
}
