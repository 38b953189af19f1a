import type { Sighting } from '../../shared/schema';
import { formatElapsed, formatPostedAt } from './format-elapsed';
import { platformLabels } from './platform-labels';
import { PostChoice } from './PostChoice';
import { useNow } from './use-now';

/**
 * The post as captured. Everything here came from a web page: React renders it as text, never
 * as HTML, and the links open without giving the page a handle on the panel. When the selection
 * covered several posts and no reply is started yet, the person picks the one to answer.
 */
export function CapturedPostCard({ sighting, onChoosePost }: { sighting: Sighting; onChoosePost?: (index: number) => void }) {
  const now = useNow();
  const { post } = sighting;
  const capturedAt = new Date(post.capturedAt);
  const platform = platformLabels[post.platform];
  return (
    <section aria-labelledby="captured-heading" className="captured-post">
      <h2 id="captured-heading">Captured post</h2>
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
            <time dateTime={post.postedAt} title={new Date(post.postedAt).toLocaleString()}>
              posted {formatPostedAt(new Date(post.postedAt), now)}
            </time>
          </>
        )}
        {' · '}
        <time dateTime={post.capturedAt} title={capturedAt.toLocaleString()}>
          captured {formatElapsed(capturedAt, now)}
        </time>
      </p>
      <blockquote className="captured-text" data-testid="captured-text">
        {post.text}
      </blockquote>
      {post.quoted && (
        <figure className="captured-quote" data-testid="captured-quote">
          <figcaption>
            quoting {post.quoted.author ?? 'another post'}
            {post.selectionInQuote
              ? ' — you highlighted this part, so it is matched too'
              : ' — not matched: you highlighted the post itself'}
          </figcaption>
          <blockquote>{post.quoted.text}</blockquote>
        </figure>
      )}
      {post.shownInPart && (
        <p className="captured-note" role="note" data-testid="captured-shown-in-part">
          {platform} showed only part of this post (“See more”). Open it in full on the page and capture it again, so the whole claim is
          answered.
        </p>
      )}
      {post.truncated && <p className="captured-note">This post was long: only its beginning was kept. Read the rest on the page.</p>}
      <SourceLink post={post} />
    </section>
  );
}

/** The post's own address when the page showed one (a reply further down a page has its own), else the page. */
function SourceLink({ post }: { post: Sighting['post'] }) {
  if (post.permalink) {
    return (
      <p className="captured-source" data-testid="captured-source">
        <a href={post.permalink} target="_blank" rel="noopener noreferrer">
          Open the post
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
