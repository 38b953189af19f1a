import type { Sighting } from '../../shared/schema';
import { intlLocale } from '../i18n/intl-locale';
import { useInterfaceFormats } from '../i18n/use-interface-formats';
import { Trans, useTranslation } from '../i18n/use-translation';
import { formatElapsed, postedLongAgo } from './format-elapsed';
import { usePlatformLabel } from './platform-labels';
import { PostChoice } from './PostChoice';
import { useNow } from './use-now';

/**
 * The post as captured. Everything here came from a web page: React renders it as text, never
 * as HTML, and the links open without giving the page a handle on the panel. When the selection
 * covered several posts and no reply is started yet, the person picks the one to answer.
 */
export function CapturedPostCard({ sighting, onChoosePost }: { sighting: Sighting; onChoosePost?: (index: number) => void }) {
  const { t, i18n } = useTranslation('sidepanel');
  const formats = useInterfaceFormats();
  const now = useNow();
  const { post } = sighting;
  const platform = usePlatformLabel()(post.platform);
  const ago = (iso: string) => formatElapsed(new Date(iso), now, intlLocale(i18n.language), t('post.justNow'));
  return (
    <section aria-labelledby="captured-heading" className="captured-post">
      <h2 id="captured-heading">{t('post.heading')}</h2>
      {post.inSelection && onChoosePost && !sighting.draftId && <PostChoice post={post} onChoose={onChoosePost} />}
      <p className="captured-meta">
        <span data-testid="captured-platform">{platform}</span>
        {post.author && (
          <>
            {' · '}
            <span data-testid="captured-author">{post.author}</span>
          </>
        )}
        {post.postedAt && (
          <>
            {' · '}
            <time dateTime={post.postedAt} title={formats.dateTime(post.postedAt)}>
              {postedLongAgo(new Date(post.postedAt), now)
                ? t('post.postedOn', { date: formats.date(post.postedAt) })
                : t('post.postedAgo', { when: ago(post.postedAt) })}
            </time>
          </>
        )}
        {' · '}
        <time dateTime={post.capturedAt} title={formats.dateTime(post.capturedAt)}>
          {t('post.captured', { when: ago(post.capturedAt) })}
        </time>
      </p>
      <blockquote className="captured-text" data-testid="captured-text">
        {post.text}
      </blockquote>
      {post.quoted && (
        <figure className="captured-quote" data-testid="captured-quote">
          <figcaption>
            {/* The page's words as the component's child, never as a value: Trans would interpolate "{{…}}" in it. */}
            {post.quoted.author ? (
              <Trans t={t} i18nKey="post.quotingAuthor" components={{ author: <span>{post.quoted.author}</span> }} />
            ) : (
              t('post.quotingPost')
            )}{' '}
            {post.selectionInQuote ? t('post.quoteMatched') : t('post.quoteNotMatched')}
          </figcaption>
          <blockquote>{post.quoted.text}</blockquote>
        </figure>
      )}
      {post.shownInPart && (
        <p className="captured-note" role="note" data-testid="captured-shown-in-part">
          {t('post.shownInPart', { platform })}
        </p>
      )}
      {post.truncated && <p className="captured-note">{t('post.truncated')}</p>}
      <SourceLink post={post} />
    </section>
  );
}

/** The post's own address when the page showed one (a reply further down a page has its own), else the page. */
function SourceLink({ post }: { post: Sighting['post'] }) {
  const { t } = useTranslation('sidepanel');
  if (post.permalink) {
    return (
      <p className="captured-source" data-testid="captured-source">
        <a href={post.permalink} target="_blank" rel="noopener noreferrer">
          {t('post.open')}
        </a>{' '}
        <span className="captured-address">{displayAddress(post.permalink)}</span>
      </p>
    );
  }
  if (!post.url) return null;
  return (
    <p className="captured-source" data-testid="captured-source">
      <a href={post.url} target="_blank" rel="noopener noreferrer">
        {post.pageTitle || new URL(post.url).host}
      </a>
    </p>
  );
}

function displayAddress(url: string): string {
  const { host, pathname } = new URL(url);
  return `${host}${pathname === '/' ? '' : pathname}`;
}
