import { browser } from 'wxt/browser';
import { panelResponseSchema, type PanelRequest } from '../../shared/messages';
import type { PanelHost } from '../../editor/sidepanel/panel-host';
import { captureProblemItem, readCaptureProblem } from '../background/capture-session';
import { draftReplyCommand } from '../background/draft-reply-command';

/** The side panel's window on the browser: background messages, tabs, session storage. */
export const extensionPanelHost: PanelHost = {
  async insertReply(sightingId, text) {
    const request: PanelRequest = { type: 'insert-reply', sightingId, text };
    const parsed = panelResponseSchema.safeParse(await browser.runtime.sendMessage(request));
    return parsed.success ? parsed.data : { ok: false, problem: 'no-answer' };
  },
  openEditor(hash) {
    void browser.tabs.create({ url: `${browser.runtime.getURL('/editor.html')}${hash}` });
  },
  draftReplyMenuTitle: browser.i18n.getMessage('draftReplyMenu'),
  settingsUrl: browser.runtime.getURL('/options.html'),
  async readShortcut() {
    // The keys the person set in the browser's shortcut settings, not the manifest's suggestion;
    // '' when they removed it (or another extension took it).
    const commands = await browser.commands.getAll();
    return commands.find((command) => command.name === draftReplyCommand)?.shortcut ?? '';
  },
  watchCaptureProblem(onChange) {
    void readCaptureProblem().then(onChange);
    return captureProblemItem.watch(() => void readCaptureProblem().then(onChange));
  },
};
