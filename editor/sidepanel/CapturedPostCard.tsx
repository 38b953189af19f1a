import type { Sighting } from '../../shared/schema';
import { formatElapsed } from './format-elapsed';
import { platformLabels } from './platform-labels';
import { useNow } from './use-now';

/**
 * The post as captured. Everything here came from a web page: React renders it as text, never
 * as HTML, and the link opens without giving the page a handle on the panel.
 */
export function CapturedPostCard({ sighting }: { sighting: Sighting }) {
  const now = useNow();
  const { post } = sighting;
  const capturedAt = new Date(post.capturedAt);
  return (
    <section aria-labelledby="captured-heading" className="captured-post">
      <h2 id="captured-heading">Captured post</h2>
      <p className="captured-meta">
        <span data-testid="captured-platform">{platformLabels[post.platform]}</span>
        {post.author && (
          <>
            {' · '}
            <span data-testid="captured-author">{post.author}</span>
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
      {post.truncated && <p className="captured-note">This post was long: only its beginning was kept. Read the rest on the page.</p>}
      {post.url && (
        <p className="captured-source">
          <a href={post.url} target="_blank" rel="noopener noreferrer">
            {post.pageTitle || new URL(post.url).host}
          </a>
        </p>
      )}
    </section>
  );
}
