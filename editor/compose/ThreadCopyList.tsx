import { useId } from 'react';
import { useTranslation } from '../i18n/use-translation';

type Props = {
  posts: readonly string[];
  /** The channel's name, for the heading ("Thread for X"). */
  channelLabel: string;
  /** Posts already copied, by their text: the mark goes when the post changes. */
  copied: readonly string[];
  onCopy(index: number): void;
};

/**
 * A thread as it is posted: one post at a time, in order. Each post has its own Copy button and
 * a mark once copied, so the person can paste post 1, reply to it with post 2, and so on. A post
 * is named "post 2 of 4" on its button, in its mark and in the confirmation (compose:what.threadPost).
 */
export function ThreadCopyList({ posts, channelLabel, copied, onCopy }: Props) {
  const { t } = useTranslation('compose');
  const headingId = useId();
  return (
    <div className="thread-copy">
      <h3 id={headingId}>{t('thread.heading', { channel: channelLabel, count: posts.length })}</h3>
      <ol aria-labelledby={headingId}>
        {posts.map((post, index) => {
          const place = { number: index + 1, total: posts.length };
          return (
            // Numbered ("2/4 …"), so no two posts of a thread read the same.
            <li key={post}>
              <p className="thread-post-text">{post}</p>
              <button type="button" onClick={() => onCopy(index)}>
                {t('thread.copy', place)}
              </button>
              {copied.includes(post) && <span className="thread-copied">✓ {t('thread.copied', place)}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
