import { expect, test } from './extension-fixture';
import { chooseDraftReply, openReplyPanel, selectText } from './reply-panel-helpers';

// Issue 20: the side panel in the interface language chosen in the extension's Settings — its own
// words, the times it gives, and the background's answers, which it words itself.

test('the side panel speaks French once French is chosen in Settings', async ({ context, extensionId, serviceWorker, fixtureUrl }) => {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/editor.html#/settings`);
  await settings.getByLabel('Interface language', { exact: true }).selectOption('fr');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeVisible();
  await expect(settings).toHaveTitle('Éditeur Fact Sandwich');

  const page = await context.newPage();
  await page.goto(fixtureUrl('x.com'));
  await selectText(page, 'four-star hotels');
  const panel = await openReplyPanel(context, extensionId);
  await expect(panel.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(panel.getByRole('heading', { name: 'Répondre à une publication' })).toBeVisible();
  await expect(panel.getByText('Sélectionnez le texte d’une publication sur n’importe quelle page')).toBeVisible();

  expect(await chooseDraftReply(serviceWorker, page.url(), 'four-star hotels')).toBe('captured');
  const captured = panel.getByRole('region', { name: 'Publication capturée' });
  await expect(captured.getByText('capturée à l’instant')).toBeVisible();
  await expect(captured.getByRole('link', { name: 'Ouvrir la publication' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Infox reprises par cette publication' })).toBeVisible();
  const matches = panel.getByRole('list', { name: 'Fiches correspondantes' }).getByRole('listitem');
  await expect(matches.first().getByText(/^fiable à \d+\s%$/)).toBeVisible();
  await expect(matches.first().getByText(/^Mots retrouvés\s: «/)).toBeVisible();
  await expect(panel.getByRole('group', { name: 'Décider' }).getByRole('radio', { name: /^Répondre maintenant/ })).toBeVisible();

  await matches.first().getByRole('button', { name: 'Rédiger avec cette fiche' }).click();
  await expect(panel.getByRole('heading', { name: 'Votre réponse' })).toBeVisible();
  // The background answers with a code; the panel says what happened in French.
  await page.locator('textarea, [contenteditable="true"]').first().click();
  await panel.getByRole('button', { name: 'Insérer dans la zone de réponse' }).click();
  await expect(panel.getByText(/^Insérée dans la zone de réponse de la page\./)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Ouvrir dans l’éditeur complet' })).toBeVisible();
});
