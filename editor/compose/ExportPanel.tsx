import { useRef, useState } from 'react';
import { channelSpecs } from '../../shared/channels';
import { buildPressStatement } from '../../shared/compose/press-statement';
import { exportForChannel, exportMarkdown, exportPlainText } from '../../shared/export';
import { exportRichText, type RichText } from '../../shared/export/export-rich-text';
import type { ChannelId, DraftFormat, Entry, Language, Sandwich, Spokesperson } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { MustFixCopyDialog } from './MustFixCopyDialog';
import { PressStatementPreview } from './PressStatementPreview';
import { ThreadCopyList } from './ThreadCopyList';
import { writeToClipboard } from './write-to-clipboard';

type Props = {
  sandwich: Sandwich;
  channel: ChannelId;
  /** A post of one's own is measured against the channel's post limit; a reply or thread against the reply limit. */
  format?: DraftFormat;
  entry?: Entry;
  spokesperson?: Spokesperson;
  /** The draft's language: a press statement is written in it. */
  language?: Language;
  /** How many "Must fix" findings the draft has: copying it then asks first. */
  mustFix?: number;
  onCopied?(): void;
};

/** A copy waiting for the person's answer to "copy anyway?"; `what` names what is copied (compose:what). */
type Pending = { what: string; run(): Promise<void> };

/**
 * Copies the draft as it will be used: for the channel (one post, or a thread copied post by
 * post — exactly the text the counter counted), as plain text, Markdown, formatted text (HTML)
 * or a press statement. A draft with "Must fix" findings is copied only once the person says so.
 */
export function ExportPanel({ sandwich, channel, format = 'reply', entry, spokesperson, language, mustFix = 0, onCopied }: Props) {
  const { t } = useTranslation('compose');
  const [status, setStatus] = useState('');
  const [copiedPosts, setCopiedPosts] = useState<string[]>([]);
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const [showPress, setShowPress] = useState(false);
  // "Copy anyway" holds for this text and these findings; any change asks again.
  const confirmedFor = useRef('');
  const draftKey = JSON.stringify([sandwich, channel, mustFix]);
  const sources = entry?.sources ?? [];
  const label = channelSpecs[channel].label;
  const exported = exportForChannel(sandwich, channel, { format: format === 'post' ? 'post' : 'reply' });

  const write = async (what: string, content: string | RichText, done?: () => void) => {
    try {
      const copied = await writeToClipboard(content);
      setStatus(typeof content === 'string' || copied === 'rich' ? t('export.copied', { what }) : t('export.copiedAsPlainText', { what }));
      done?.();
      onCopied?.();
    } catch {
      setStatus(t('export.notCopied', { what }));
    }
  };
  const copy = (what: string, content: () => string | RichText, done?: () => void) => {
    const run = () => write(what, content(), done);
    if (mustFix === 0 || confirmedFor.current === draftKey) return void run();
    setPending({ what, run });
  };

  const copyPost = (posts: readonly string[], index: number) => {
    const post = posts[index]!;
    copy(
      t('what.threadPost', { number: index + 1, total: posts.length }),
      () => post,
      () => setCopiedPosts((before) => [...before, post]),
    );
  };
  // Built from the draft and its entry (headline, lead, attributed quote, sources, contact), shown before it is copied.
  const press =
    showPress && entry ? buildPressStatement({ sandwich, channel, entry, spokesperson, language, date: new Date() }) : undefined;

  return (
    <section aria-labelledby="export-heading" className="export-panel">
      <h2 id="export-heading">{t('export.heading')}</h2>
      {exported.kind === 'post' ? (
        <button type="button" onClick={() => copy(t('what.onePost', { channel: label }), () => exported.text)}>
          {t('export.copyFor', { channel: label })}
        </button>
      ) : (
        <ThreadCopyList
          posts={exported.posts}
          channelLabel={label}
          copied={copiedPosts}
          onCopy={(index) => copyPost(exported.posts, index)}
        />
      )}
      <button type="button" onClick={() => copy(t('what.plainText'), () => exportPlainText(sandwich))}>
        {t('export.plainText')}
      </button>
      <button type="button" onClick={() => copy(t('what.markdown'), () => exportMarkdown(sandwich, { sources }))}>
        {t('export.markdown')}
      </button>
      <button type="button" onClick={() => copy(t('what.html'), () => exportRichText(sandwich, { sources }))}>
        {t('export.html')}
      </button>
      <button
        type="button"
        aria-expanded={showPress}
        disabled={!entry}
        title={entry ? undefined : t('press.needsEntry')}
        onClick={() => setShowPress((shown) => !shown)}
      >
        {t('press.statement')}
      </button>
      <p role="status">{status}</p>
      {press && (
        <PressStatementPreview
          statement={press}
          language={language ?? entry!.language}
          onCopy={() => copy(t('what.pressStatement'), () => ({ html: press.html, text: press.text }))}
        />
      )}
      {pending && (
        <MustFixCopyDialog
          count={mustFix}
          what={pending.what}
          onCopyAnyway={() => {
            confirmedFor.current = draftKey;
            setPending(undefined);
            void pending.run();
          }}
          onGoBack={() => {
            setPending(undefined);
            setStatus(t('export.nothingCopied', { count: mustFix }));
          }}
        />
      )}
    </section>
  );
}
