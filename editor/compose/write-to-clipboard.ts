import type { RichText } from '../../shared/export/export-rich-text';

/** What ended up on the clipboard: formatted text with its plain twin, or plain text only. */
export type Copied = 'rich' | 'plain';

/**
 * Puts text on the clipboard. Formatted text goes as one clipboard item with `text/html` and
 * `text/plain`, so an editor that takes formatting pastes it formatted and a plain text box gets
 * the readable twin — never the HTML source. Browsers without `ClipboardItem` get the twin alone.
 */
export async function writeToClipboard(content: string | RichText): Promise<Copied> {
  const clipboard = navigator.clipboard;
  if (typeof content === 'string') {
    await clipboard.writeText(content);
    return 'plain';
  }
  if (typeof ClipboardItem === 'undefined' || typeof clipboard.write !== 'function') {
    await clipboard.writeText(content.text);
    return 'plain';
  }
  await clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([content.html], { type: 'text/html' }),
      'text/plain': new Blob([content.text], { type: 'text/plain' }),
    }),
  ]);
  return 'rich';
}
