import type { CapturedPost } from '../schema/captured-post';

/**
 * The captured post with another of the posts the selection covered as the one answered: its
 * text, author, address and time replace the first post's; the page, the capture time and the
 * list of posts stay. A quote belonged to the post first read, so it goes with it.
 */
export function choosePostInSelection(post: CapturedPost, index: number): CapturedPost {
  const chosen = post.inSelection?.[index];
  if (chosen === undefined) throw new Error(`The selection has no post number ${index + 1}.`);
  const { text, author, authorName, permalink, postedAt, shownInPart } = chosen;
  const {
    quoted: _quoted,
    selectionInQuote: _inQuote,
    author: _author,
    authorName: _authorName,
    permalink: _permalink,
    postedAt: _postedAt,
    shownInPart: _shown,
    truncated: _cut,
    ...kept
  } = post;
  return {
    ...kept,
    text,
    ...(author === undefined ? {} : { author }),
    ...(authorName === undefined ? {} : { authorName }),
    ...(permalink === undefined ? {} : { permalink }),
    ...(postedAt === undefined ? {} : { postedAt }),
    ...(shownInPart ? { shownInPart } : {}),
  };
}
