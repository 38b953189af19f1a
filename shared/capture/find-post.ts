import type { Platform } from '../schema/platform';
import { MAX_AUTHOR_CHARS, MAX_POST_CHARS } from './capture-limits';
import { normaliseText } from './normalise-text';
import { POST_SELECTORS, type AuthorLocation } from './post-selectors';
import { readVisibleText } from './read-visible-text';
import { truncateText } from './truncate-text';

export type FoundPost = { text: string; author?: string; truncated: boolean };

const ELEMENT_NODE = 1;

/** Elements matching `selector` that belong to this post, not to a post nested inside it (quotes, comments). */
function ownedMatches(container: Element, containerSelector: string, selector: string): Element[] {
  return Array.from(container.querySelectorAll(selector)).filter((element) => element.closest(containerSelector) === container);
}

function readAuthor(container: Element, containerSelector: string, location: AuthorLocation): string | undefined {
  if (location.kind === 'testid-suffix') {
    const testId = container.getAttribute('data-testid') ?? '';
    const prefix = location.prefixes.find((candidate) => testId.startsWith(candidate));
    return prefix === undefined ? undefined : `@${testId.slice(prefix.length)}`;
  }
  if (location.kind === 'attribute') {
    for (const name of location.names) {
      const value = location.pattern.exec(container.getAttribute(name) ?? '')?.[1];
      if (value !== undefined) return `${location.prefix}${value}`;
    }
    return undefined;
  }
  for (const element of ownedMatches(container, containerSelector, location.selector)) {
    if (location.kind === 'text') {
      const text = normaliseText(element.textContent ?? '');
      if (text !== '') return text;
      continue;
    }
    // Read the handle from the link target: the visible text is a display name the author chose.
    try {
      // The base only resolves relative links; the pattern looks at the path alone.
      const path = new URL(element.getAttribute('href') ?? '', 'https://example.invalid').pathname;
      const handle = location.path.exec(path)?.[1];
      if (handle !== undefined) return `@${handle}`;
    } catch {
      // A malformed href is just not a profile link.
    }
  }
  return undefined;
}

/** The longest text among this post's own matches of `selector`: the body, not a name, label or link card. */
function readLongestText(
  container: Element,
  containerSelector: string,
  selector: string,
): { text: string; exhausted: boolean } | undefined {
  let best: { text: string; exhausted: boolean } | undefined;
  for (const element of ownedMatches(container, containerSelector, selector)) {
    const read = readVisibleText(element, MAX_POST_CHARS * 4);
    const text = normaliseText(read.text);
    if (text.length > (best?.text.length ?? 0)) best = { text, exhausted: read.exhausted };
  }
  return best;
}

/**
 * The whole post around the user's selection: walks up from `node` to the nearest post container
 * for the platform and reads that post's title and text (visible text only, whitespace
 * normalised, at most MAX_POST_CHARS) and author. People highlight a phrase, but the matcher needs
 * the whole claim. Undefined when the platform has no known markup or the node is not inside a post.
 */
export function findPost(node: Node, platform: Platform): FoundPost | undefined {
  const selectors = POST_SELECTORS[platform];
  if (selectors === undefined) return undefined;
  const start = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  const container = start?.closest(selectors.container);
  if (container === null || container === undefined) return undefined;

  const title = selectors.title === undefined ? undefined : readLongestText(container, selectors.container, selectors.title);
  let body: { text: string; exhausted: boolean } | undefined;
  for (const textSelector of selectors.text) {
    body = readLongestText(container, selectors.container, textSelector);
    if (body !== undefined) break;
  }
  const parts = [title, body].filter((part) => part !== undefined);
  if (parts.length === 0) return undefined;

  const cut = truncateText(parts.map((part) => part.text).join('\n'), MAX_POST_CHARS);
  const author = readAuthor(container, selectors.container, selectors.author)?.slice(0, MAX_AUTHOR_CHARS);
  const truncated = cut.truncated || parts.some((part) => part.exhausted);
  return author === undefined ? { text: cut.text, truncated } : { text: cut.text, author, truncated };
}
