import { channelSpecs, countForChannel } from '../../../shared/channels';
import { exportForChannel } from '../../../shared/export';
import type { ChannelId, DraftFormat, Sandwich, Spokesperson } from '../../../shared/schema';
import { useInterfaceFormats } from '../../i18n/use-interface-formats';
import { useTranslation } from '../../i18n/use-translation';
import { FoldableSection } from '../../ui/foldable/FoldableSection';
import { countMeasure } from '../count-measure';
import './preview.css';

type Props = {
  sandwich: Sandwich;
  channel: ChannelId;
  format: DraftFormat;
  spokesperson?: Spokesperson;
  /** Folded under its heading (the side panel, where the editor above already shows the words). */
  foldable?: boolean;
};

/**
 * The reply as the network will show it (issue 20): a post card with who speaks and the text as it
 * will be posted — exactly what "Copy" copies — and a thread as one card per post, each with its
 * own count against the network's limit. A preview, not a mock of the platform: no logos, no
 * invented handles.
 */
export function ReplyPreview({ sandwich, channel, format, spokesperson, foldable = false }: Props) {
  const { t } = useTranslation('compose');
  const formats = useInterfaceFormats();
  const spec = channelSpecs[channel];
  const countFormat = format === 'post' ? 'post' : 'reply';
  const exported = exportForChannel(sandwich, channel, { format: countFormat });
  const posts = exported.kind === 'post' ? [exported.text] : exported.posts;
  if (posts.every((post) => post.trim() === '')) return null;
  const author = spokesperson?.name ?? t('preview.yourAccount');
  const kind = format === 'post' ? t('preview.post') : posts.length > 1 ? t('preview.thread', { count: posts.length }) : t('preview.reply');
  return (
    <FoldableSection
      className="reply-preview"
      foldable={foldable}
      heading={
        <>
          {t('preview.heading', { channel: spec.label })} <span className="reply-preview-kind">· {kind}</span>
        </>
      }
    >
      <ol className="reply-preview-posts">
        {posts.map((post, index) => {
          const count = countForChannel(post, channel, { format: countFormat });
          return (
            // A thread's posts are numbered in their text ("2/4"), so no two read the same.
            <li key={post} className={count.over ? 'preview-card over' : 'preview-card'}>
              <p className="preview-author">
                <span className="preview-avatar" aria-hidden="true">
                  {initials(author)}
                </span>
                <span>
                  <strong>{author}</strong>
                  {posts.length > 1 && (
                    <span className="preview-meta"> · {t('preview.postOf', { number: index + 1, total: posts.length })}</span>
                  )}
                </span>
              </p>
              <p className="preview-text">{post}</p>
              <p className="preview-count">
                {countMeasure(count, formats)}
                {count.over && count.limit !== null
                  ? ` — ${t('preview.overLimit', { over: formats.number(count.length - count.limit) })}`
                  : ''}
              </p>
            </li>
          );
        })}
      </ol>
    </FoldableSection>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toLocaleUpperCase())
    .join('');
}
