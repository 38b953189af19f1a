import type { CaptureProblem, PanelResponse } from '../../shared/messages';

/**
 * What became of an insert: the background's answer, or — said on the panel's side — that no
 * answer came ('no-answer') or the request could not be sent ('not-sent'). The panel words each.
 */
export type InsertOutcome = PanelResponse | { ok: false; problem: 'no-answer' | 'not-sent'; detail?: string };

/**
 * What the side panel needs from the browser around it. The extension provides it (messages to
 * the background, tabs, session storage); keeping it an interface keeps editor/ free of
 * extension APIs and lets the panel run anywhere React does.
 */
export type PanelHost = {
  /** Asks the background to put the text into the focused reply field of the post's page. */
  insertReply(sightingId: string, text: string): Promise<InsertOutcome>;
  /** Opens the full editor at a hash route (`#/compose/<id>`, `#/entries/new?…`). */
  openEditor(hash: string): void;
  /** The keys that draft a reply as the browser has them now; '' when none is set. */
  readShortcut(): Promise<string>;
  /**
   * The context menu item that drafts a reply, as the browser shows it: in the browser's language
   * (from _locales), which may not be the interface's.
   */
  draftReplyMenuTitle: string;
  /** The page where Settings are (the extension's options page). */
  settingsUrl: string;
  /** Calls back with the latest capture problem now and whenever it changes; returns an unsubscribe. */
  watchCaptureProblem(onChange: (problem: CaptureProblem | undefined) => void): () => void;
};
