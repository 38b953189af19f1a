import { useId } from 'react';

type Props = {
  posts: readonly string[];
  /** The channel's name, for the heading ("Thread for X"). */
  channelLabel: string;
  /** Posts already copied, by their text: the mark goes when the post changes. */
  copied: readonly string[];
  onCopy(index: number): void;
};

/** "Post 2 of 4": how each post of a thread is named, on its button and in the confirmation. */
export const threadPostName = (index: number, count: number) => `post ${index + 1} of ${count}`;

/**
 * A thread as it is posted: one post at a time, in order. Each post has its own Copy button and
 * a mark once copied, so the person can paste post 1, reply to it with post 2, and so on.
 */
export function ThreadCopyList({ posts, channelLabel, copied, onCopy }: Props) {
  const headingId = useId();
  return (
    <div className="thread-copy">
      <h3 id={headingId}>
        Thread for {channelLabel}, {posts.length} posts: post each in reply to the one before
      </h3>
      <ol aria-labelledby={headingId}>
        {posts.map((post, index) => {
          const name = threadPostName(index, posts.length);
          return (
            // Numbered ("2/4 …"), so no two posts of a thread read the same.
            <li key={post}>
              <p className="thread-post-text">{post}</p>
              <button type="button" onClick={() => onCopy(index)}>
                Copy {name}
              </button>
              {copied.includes(post) && <span className="thread-copied">✓ Copied {name}</span>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
