import type { CaptureProblem, PanelResponse } from '../../shared/messages';

/**
 * What the side panel needs from the browser around it. The extension provides it (messages to
 * the background, tabs, session storage); keeping it an interface keeps editor/ free of
 * extension APIs and lets the panel run anywhere React does.
 */
export type PanelHost = {
  /** Asks the background to put the text into the focused reply field of the post's page. */
  insertReply(sightingId: string, text: string): Promise<PanelResponse>;
  /** Opens the full editor at a hash route (`#/compose/<id>`, `#/entries/new?…`). */
  openEditor(hash: string): void;
  /** The keys that draft a reply as the browser has them now; '' when none is set. */
  readShortcut(): Promise<string>;
  /** The page where Settings are (the extension's options page). */
  settingsUrl: string;
  /** Calls back with the latest capture problem now and whenever it changes; returns an unsubscribe. */
  watchCaptureProblem(onChange: (problem: CaptureProblem | undefined) => void): () => void;
};
