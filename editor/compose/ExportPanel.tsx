import { useState } from 'react';
import { channelSpecs } from '../../shared/channels';
import { exportForChannel, exportHtml, exportMarkdown, exportPlainText, exportPressStatement } from '../../shared/export';
import type { ChannelId, DraftFormat, Entry, Sandwich, Spokesperson } from '../../shared/schema';

type Props = {
  sandwich: Sandwich;
  channel: ChannelId;
  /** A post of one's own is measured against the channel's post limit; a reply or thread against the reply limit. */
  format?: DraftFormat;
  entry?: Entry;
  spokesperson?: Spokesperson;
  onCopied?(): void;
};

/**
 * Copies the draft as it will be used: for the channel (one post, or a numbered thread when it
 * does not fit — exactly the text the counter counted), as plain text, Markdown, sanitised HTML,
 * or a press statement.
 */
export function ExportPanel({ sandwich, channel, format = 'reply', entry, spokesperson, onCopied }: Props) {
  const [status, setStatus] = useState('');
  const sources = entry?.sources ?? [];
  const copy = async (label: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Copied ${label}.`);
      onCopied?.();
    } catch {
      setStatus(`Could not copy ${label}: the browser refused access to the clipboard.`);
    }
  };
  const forChannel = () => {
    const result = exportForChannel(sandwich, channel, { format: format === 'post' ? 'post' : 'reply' });
    return result.kind === 'post'
      ? copy(`one ${channelSpecs[channel].label} post`, result.text)
      : copy(`a thread of ${result.posts.length} ${channelSpecs[channel].label} posts`, result.posts.join('\n\n'));
  };
  const pressStatement = () =>
    copy(
      'the press statement',
      exportPressStatement(sandwich, {
        title: entry?.title ?? 'Statement',
        organisation: spokesperson?.organisation ?? 'Our organisation',
        date: new Date(),
        sources,
        ...(spokesperson ? { spokesperson } : {}),
      }).text,
    );

  return (
    <section aria-labelledby="export-heading" className="export-panel">
      <h2 id="export-heading">Copy</h2>
      <button type="button" onClick={() => void forChannel()}>
        Copy for {channelSpecs[channel].label}
      </button>
      <button type="button" onClick={() => void copy('plain text', exportPlainText(sandwich))}>
        Plain text
      </button>
      <button type="button" onClick={() => void copy('Markdown', exportMarkdown(sandwich, { sources }))}>
        Markdown
      </button>
      <button type="button" onClick={() => void copy('HTML', exportHtml(sandwich, { sources }))}>
        HTML
      </button>
      <button type="button" onClick={() => void pressStatement()}>
        Press statement
      </button>
      <p role="status">{status}</p>
    </section>
  );
}
