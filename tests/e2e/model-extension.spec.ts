import type { BrowserContext, Page } from '@playwright/test';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { composeTemplateDraft } from '../../shared/compose';
import type { Bundle } from '../../shared/schema';
import { sandwichJson, startFakeOpenAiServer, type FakeOpenAiServer } from '../support/fake-openai-server';
import { expect, test } from './extension-fixture';
import { chooseDraftReply, openReplyPanel, selectText } from './reply-panel-helpers';

const library = starter as unknown as Bundle;
const apiKey = 'sk-extension-secret-4f1c';
const section = (panel: Page, name: string) =>
  panel.getByRole('textbox', { name: 'Fact sandwich' }).getByRole('group', { name, exact: true });

let server: FakeOpenAiServer;
test.beforeEach(async () => {
  server = await startFakeOpenAiServer();
});
test.afterEach(async () => {
  await server.close();
});

/** Settings entered on the extension's options page, as a person would. */
async function setUpModel(context: BrowserContext, extensionId: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Server URL').fill(server.baseUrl);
  await options.getByLabel('Model', { exact: true }).fill('local-test-model');
  await options.getByLabel('API key').fill(apiKey);
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByText('Settings saved.')).toBeVisible();
  await options.close();
}

test('the side panel drafts with the model, and sends the post only when the box is ticked', async ({
  context,
  extensionId,
  serviceWorker,
  fixtureUrl,
}) => {
  await setUpModel(context, extensionId);
  const page = await context.newPage();
  await page.goto(fixtureUrl('x.com'));
  await selectText(page, 'four-star hotels');
  await chooseDraftReply(serviceWorker, page.url(), 'four-star hotels');
  const panel = await openReplyPanel(context, extensionId);
  const entryItem = panel
    .getByRole('list', { name: 'Matching entries' })
    .getByRole('listitem')
    .filter({ hasText: 'UK asylum support is £49.18 a week' });
  await entryItem.getByRole('button', { name: 'Draft with this entry' }).click();
  await expect(section(panel, 'Fact')).not.toHaveText('');

  const entry = library.entries.find((candidate) => candidate.id === 'asylum-luxury-support')!;
  const good = composeTemplateDraft({ entry, channel: 'x' }).sections;
  const model = panel.getByRole('region', { name: 'Draft with a language model' });
  await expect(model.getByText('Also send the text of the post being answered')).toBeVisible();

  server.script({ kind: 'stream', content: sandwichJson(good) }, { kind: 'stream', content: sandwichJson(good) });
  await model.getByRole('button', { name: 'Draft with the model' }).click();
  await expect(model.getByText('The model’s draft is in the editor, with no problems to fix.')).toBeVisible();
  expect(JSON.stringify(server.requests[0]!.body)).not.toContain('pensioners freeze at home');
  expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${apiKey}`);

  await model.getByRole('checkbox', { name: 'Also send the text of the post being answered' }).check();
  await model.getByRole('button', { name: 'Draft with the model' }).click();
  await expect.poll(() => server.requests.length).toBe(2);
  expect(JSON.stringify(server.requests[1]!.body)).toContain('pensioners freeze at home');
});

test('the API key cannot be read from a content script or from the page', async ({ context, extensionId, serviceWorker, fixtureUrl }) => {
  await setUpModel(context, extensionId);
  const page = await context.newPage();
  await page.goto(fixtureUrl('x.com'));

  // Everything a script in the page's world can reach, and everything one in the extension's
  // isolated world (where our content scripts run) can reach: storage, IndexedDB, the DOM. The
  // probe is injected from the service worker, as the extension's own scripts are.
  const reached = await serviceWorker.evaluate(async (url) => {
    const probe = async () => {
      const found: string[] = [];
      const api = (globalThis as unknown as { chrome?: { storage?: Record<string, { get(keys: null): Promise<object> } | undefined> } })
        .chrome;
      for (const name of ['local', 'session', 'sync']) {
        try {
          const area = api?.storage?.[name];
          if (area) found.push(`${name}: ${JSON.stringify(await area.get(null))}`);
        } catch (error) {
          found.push(`${name} refused: ${String(error)}`);
        }
      }
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(info.name!);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        for (const store of Array.from(db.objectStoreNames)) {
          const all = await new Promise<unknown[]>((resolve) => {
            const request = db.transaction(store).objectStore(store).getAll();
            request.onsuccess = () => resolve(request.result);
          });
          found.push(`${info.name}/${store}: ${JSON.stringify(all)}`);
        }
        db.close();
      }
      found.push(
        document.documentElement.outerHTML.slice(0, 200_000),
        JSON.stringify({ ...localStorage }),
        JSON.stringify({ ...sessionStorage }),
      );
      return found.join('\n');
    };
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url)!;
    const run = async (world: 'MAIN' | 'ISOLATED') => {
      const [result] = await chrome.scripting.executeScript({ target: { tabId: tab.id! }, world, func: probe });
      return String(result?.result);
    };
    return { page: await run('MAIN'), contentScript: await run('ISOLATED') };
  }, page.url());

  const inPage = reached.page;
  const inContentScript = reached.contentScript;
  expect(inPage.length).toBeGreaterThan(1_000); // the probe ran and read the page
  expect(inContentScript.length).toBeGreaterThan(1_000);
  expect(inPage).not.toContain(apiKey);
  expect(inContentScript).not.toContain(apiKey);
  // The key is there, in the extension's own database, for the extension's pages.
  const fromExtension = await serviceWorker.evaluate(async () => {
    const request = indexedDB.open('fact-sandwich');
    const db = await new Promise<IDBDatabase>((resolve) => (request.onsuccess = () => resolve(request.result)));
    const all = await new Promise<unknown[]>((resolve) => {
      const read = db.transaction('settings').objectStore('settings').getAll();
      read.onsuccess = () => resolve(read.result);
    });
    return JSON.stringify(all);
  });
  expect(fromExtension).toContain(apiKey);
});
