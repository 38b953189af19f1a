import { onDraftReplyMenuClicked, registerReplyTriggers } from '../background/reply-triggers';
import { routePanelRequest } from '../background/route-panel-request';
import { onSyncAlarm, scheduleSubscriptionSync, syncAllSubscriptions } from '../background/subscription-sync';

export default defineBackground(() => {
  registerReplyTriggers();
  browser.runtime.onInstalled.addListener(scheduleSubscriptionSync);
  browser.runtime.onStartup.addListener(scheduleSubscriptionSync);
  browser.alarms.onAlarm.addListener(onSyncAlarm);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void routePanelRequest(message, sender).then(sendResponse);
    return true; // the answer comes asynchronously
  });
  // Reachable from the service worker for end-to-end tests, which cannot click a native menu. Only
  // in the test build (`wxt build --mode e2e`): the mode is a build-time constant, so the store
  // build drops this line and any page script of ours cannot trigger a capture or a sync (issue 19).
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { onDraftReplyMenuClicked, syncAllSubscriptions });
});
