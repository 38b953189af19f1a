import { expect, type Page, test } from '@playwright/test';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };

// Issue 20: the interface in French, chosen in Settings, across the library, the entry form,
// Settings, the team library and Impact — labels from the French catalogue, dates as French
// readers write them ("30 nov. 2026"), never ISO.

// Intl may join the parts with no-break spaces.
const frenchDate = /\b\d{1,2}\s(janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.)\s\d{4}/;
const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigation principale' });

async function chooseFrench(page: Page) {
  await page.goto('/#/settings');
  await page.getByLabel('Interface language', { exact: true }).selectOption('fr');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
}

/** Puts `record` into one of the app's IndexedDB stores, as the app itself would have saved it. */
async function seed(page: Page, store: string, record: unknown) {
  await page.evaluate(
    async ([name, value]) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('fact-sandwich');
        request.onsuccess = () => resolve(request.result);
      });
      await new Promise((resolve) => {
        const transaction = db.transaction([name as string], 'readwrite');
        transaction.objectStore(name as string).put(value);
        transaction.oncomplete = resolve;
      });
      db.close();
    },
    [store, record] as const,
  );
}

/** A sighting the library has no entry for, two days ago: Impact lists it as a gap, with its date. */
async function seedGap(page: Page) {
  await seed(page, 'sightings', {
    id: '00000000-0000-4000-8000-00000000f001',
    post: {
      text: 'Ils mettent des puces dans les vaccins des nouveaux arrivants',
      platform: 'x',
      capturedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    },
    matchedEntryIds: [],
    decision: 'undecided',
    by: 'Amira',
  });
}

test('the whole walk in French: library, entry form, settings, team library and impact', async ({ page }) => {
  await chooseFrench(page);

  // The choice holds across pages and reloads: the first paint is already French.
  await nav(page).getByRole('link', { name: 'Bibliothèque', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque de faits' })).toBeVisible();
  const entries = page.getByRole('list', { name: 'Fiches de la bibliothèque' }).getByRole('listitem');
  await expect(entries).toHaveCount(starter.entries.length);
  await expect(page.getByRole('status').filter({ hasText: / sur \d+ fiches$/ })).toHaveText(
    `${starter.entries.length} sur ${starter.entries.length} fiches`,
  );
  // The language filter lists the entries translated into French (issue 20: it showed none).
  await page.getByLabel('Langue', { exact: true }).selectOption('fr');
  expect(await entries.count()).toBeGreaterThan(0);
  await expect(entries.first()).toContainText('Français');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque de faits' })).toBeVisible();

  // An entry: its review history dated in French.
  const vetted = starter.entries.find((entry) => entry.reviews.length > 0)!;
  await page.goto(`/#/entries/${vetted.id}`);
  const reviews = page.getByRole('region', { name: 'Historique des relectures' });
  await expect(reviews).toContainText('Validée par');
  await expect(reviews).toContainText(frenchDate);
  await expect(reviews).not.toContainText(/\d{4}-\d{2}-\d{2}/);

  // The entry form, and its refusal, in French.
  await page.goto('/#/');
  await page.getByRole('link', { name: 'Nouvelle fiche' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle fiche' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'À propos de la fiche' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Le sandwich de faits' })).toBeVisible();
  await expect(page.getByLabel('Énoncé de l’infox')).toBeVisible();
  await page.getByRole('button', { name: 'Créer la fiche' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Rien n’a été enregistré');

  // Settings keep the choice, under its French label.
  await nav(page).getByRole('link', { name: 'Paramètres' }).click();
  await expect(page.getByLabel('Langue de l’interface')).toHaveValue('fr');
  await expect(page.getByRole('group', { name: 'Modèle de langage' })).toBeVisible();
  // The rules, by their French titles and descriptions (the rules catalogue).
  await expect(page.getByLabel('Commencer par le fait, pas par l’infox')).toBeVisible();
  await expect(page.getByRole('cell', { name: /^La première phrase énonce le fait\./ })).toBeVisible();

  // The team library.
  await nav(page).getByRole('link', { name: 'Bibliothèque d’équipe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bibliothèque d’équipe' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Bibliothèques suivies' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Télécharger \d+ fiches$/ })).toBeVisible();
  // Following with nothing filled in: each field named by its label, the problem in French.
  await page.getByRole('button', { name: 'Suivre cette bibliothèque' }).click();
  await expect(page.getByRole('alert')).toContainText('URL du fichier de bibliothèque : indiquez l’adresse du fichier de bibliothèque');

  // Impact: one empty state with the next step, then a gap dated in French.
  await nav(page).getByRole('link', { name: 'Impact' }).click();
  await expect(page.getByRole('heading', { name: 'Rien à compter pour l’instant' })).toHaveCount(1);
  await expect(page.getByRole('link', { name: 'Rédiger une réponse' })).toBeVisible();
  await seedGap(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Infox vue sans fiche dans la bibliothèque (1)' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Lacunes' })).toContainText(frenchDate);
  await expect(page.getByRole('term').filter({ hasText: 'Signalements' })).toBeVisible();
});

test('the browser’s language decides while the setting is Automatic', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Faktenbibliothek' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await context.close();
});

test('the drafts list and an entry’s page in French', async ({ page }) => {
  await chooseFrench(page);
  // Untitled and answering no entry: the list names it, and says so, in French.
  await seed(page, 'drafts', {
    id: '00000000-0000-4000-8000-00000000d001',
    title: '',
    sections: { fact: '', myth: '', explanation: '', factAgain: '' },
    audienceIds: [],
    channel: 'x',
    language: 'fr',
    status: 'ready',
    createdAt: '2026-03-14T09:31:00.000Z',
    updatedAt: '2026-03-14T09:31:00.000Z',
  });

  await nav(page).getByRole('link', { name: 'Brouillons' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brouillons' })).toBeVisible();
  const row = page.getByRole('list', { name: 'Brouillons' }).getByRole('listitem');
  await expect(row.getByRole('link', { name: 'Brouillon sans titre' })).toBeVisible();
  await expect(row).toContainText('Sans fiche de la bibliothèque · X · modifié le');
  await expect(row.locator('time')).toHaveText(frenchDate);
  await expect(row.getByLabel('Statut').locator('option:checked')).toHaveText('Prêt à publier');
  await expect(page.getByText('1 sur 1 brouillon', { exact: true })).toBeVisible();

  // An entry's page: its sections, its next step and its review-by date.
  const vetted = starter.entries.find((entry) => entry.status === 'vetted')!;
  await page.goto(`/#/entries/${vetted.id}`);
  await expect(page.getByRole('region', { name: 'L’infox, énoncée une seule fois' })).toContainText(vetted.myth.statement);
  await expect(page.getByRole('link', { name: 'Rédiger une réponse avec cette fiche' })).toBeVisible();
  const meta = page.locator('.entry-meta').first();
  await expect(meta).toContainText('À relire avant le');
  await expect(meta.locator('time')).toHaveText(frenchDate);
  await expect(page.getByText('Balisage ClaimReview pour les moteurs de recherche')).toBeVisible();
});
