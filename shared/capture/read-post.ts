import { MAX_AUTHOR_CHARS, MAX_POST_CHARS, MAX_URL_CHARS } from './capture-limits';
import { normaliseText } from './normalise-text';
import { ownedMatches, readHandle } from './read-handle';
import { readVisibleText, type VisibleText } from './read-visible-text';
import type { ReaderConfig } from './readers/reader-config';
import { truncateText } from './truncate-text';

/**
 * One post as the page shows it. Plain data: it crosses to the background by structured clone
 * and is validated again there (captured-post-from-page.ts), since the page may tamper with it.
 */
export type ReadPost = {
  text: string;
  /** The handle ("@alice", "u/name"), else the display name. */
  author?: string;
  /** The display name, when there is a handle too. */
  name?: string;
  /** The post's own address, absolute. */
  permalink?: string;
  /** When it was posted, as the page's `datetime` says (checked on arrival). */
  postedAt?: string;
  /** The platform shows only part of the post ("See more"): the rest was not on the page. */
  shownInPart: boolean;
  /** The text was longer than capture keeps. */
  cut: boolean;
  /** A post this one quotes: shown apart, matched only when the selection is in it. */
  quoted?: { text: string; author?: string };
  /** The selection is (partly) inside the quoted post. */
  selectionInQuote: boolean;
};

/**
 * Reads the post in `container`: its own text (never that of a post nested in it, a quoted post
 * or the platform's controls), author, address, time, whether it is shown in part, and the post
 * it quotes. Undefined when it has no text of its own.
 */
export function readPost(container: Element, config: ReaderConfig, range: Range | undefined): ReadPost | undefined {
  const quote = config.quote;
  const isNestedPost = (element: Element) => element !== container && element.matches(config.container);
  const isQuote = (element: Element) => quote !== undefined && element.matches(quote.selector);
  const isChrome = (element: Element) => config.chrome !== undefined && element.matches(config.chrome);
  const excluded = (element: Element) => isNestedPost(element) || isQuote(element) || isChrome(element);
  // The post's own link and time often sit among the platform's words (Reddit's tagline and
  // comment meta, old Reddit's "permalink" button): chrome is left out of text, not of these.
  const foreign = (element: Element) => isNestedPost(element) || isQuote(element);

  const title = config.title === undefined ? undefined : longestText(container, config.title, excluded);
  let body: VisibleText | undefined;
  for (const selector of config.text) {
    body = longestText(container, selector, excluded);
    if (body !== undefined) break;
  }
  const parts = [title, body].filter((part) => part !== undefined);
  if (parts.length === 0) return undefined;
  const cut = truncateText(parts.map((part) => part.text).join('\n'), MAX_POST_CHARS);
  const more = config.more !== undefined && ownedMatches(container, config.more, excluded).length > 0;

  const quoteElement = quote === undefined ? undefined : ownedMatches(container, quote.selector, isNestedPost)[0];
  const quoted = quoteElement === undefined || quote === undefined ? undefined : readQuote(quoteElement, quote, isNestedPost);
  const handle = config.handle === undefined ? undefined : readHandle(container, config.handle, excluded);
  const name = config.name === undefined ? undefined : firstText(container, config.name, excluded);
  const author = (handle ?? name)?.slice(0, MAX_AUTHOR_CHARS);
  const permalink =
    (config.permalink === undefined ? undefined : readLink(container, config.permalink, foreign)) ??
    (config.permalinkFrom === undefined ? undefined : addressFrom(container, config.permalinkFrom));
  const postedAt = readTime(container, config.time ?? 'time[datetime]', foreign);

  return {
    text: cut.text,
    ...(author === undefined ? {} : { author }),
    ...(name === undefined || handle === undefined ? {} : { name: name.slice(0, MAX_AUTHOR_CHARS) }),
    ...(permalink === undefined ? {} : { permalink }),
    ...(postedAt === undefined ? {} : { postedAt }),
    shownInPart: more || parts.some((part) => part.shownInPart),
    cut: cut.truncated || parts.some((part) => part.exhausted),
    ...(quoted === undefined ? {} : { quoted }),
    selectionInQuote: quoteElement !== undefined && range !== undefined && selects(range, quoteElement),
  };
}

function readQuote(element: Element, quote: NonNullable<ReaderConfig['quote']>, excluded: (element: Element) => boolean) {
  let body: VisibleText | undefined;
  for (const selector of quote.text) {
    body = longestText(element, selector, excluded);
    if (body !== undefined) break;
  }
  if (body === undefined) return undefined;
  const author =
    (quote.handle ? readHandle(element, quote.handle, excluded) : undefined) ??
    (quote.name ? firstText(element, quote.name, excluded) : undefined);
  const text = truncateText(body.text, MAX_POST_CHARS).text;
  return author === undefined ? { text } : { text, author: author.slice(0, MAX_AUTHOR_CHARS) };
}

/** The longest visible text among the scope's own matches of `selector`: the body, not a name or a link card. */
function longestText(scope: Element, selector: string, excluded: (element: Element) => boolean): VisibleText | undefined {
  const candidates = scope.matches(selector) ? [scope] : ownedMatches(scope, selector, excluded);
  let best: VisibleText | undefined;
  for (const element of candidates) {
    const read = readVisibleText(element, MAX_POST_CHARS * 4, { skip: excluded });
    const text = normaliseText(read.text);
    if (text.length > (best?.text.length ?? 0)) best = { ...read, text };
  }
  return best;
}

function firstText(scope: Element, selector: string, excluded: (element: Element) => boolean): string | undefined {
  for (const element of ownedMatches(scope, selector, excluded)) {
    const text = normaliseText(readVisibleText(element, 500, { skip: excluded }).text).replace(/\s+/g, ' ');
    if (text !== '') return text;
  }
  return undefined;
}

/** The first matching link's target, made absolute; only http(s) addresses of sane length. */
function readLink(scope: Element, selector: string, excluded: (element: Element) => boolean): string | undefined {
  for (const element of ownedMatches(scope, selector, excluded)) {
    const link = element.closest('a[href]') ?? element.querySelector('a[href]');
    const href = link?.getAttribute('href');
    if (!href) continue;
    try {
      const url = new URL(href, element.ownerDocument?.baseURI);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.href.length <= MAX_URL_CHARS) return url.href;
    } catch {
      // Not an address: look at the next.
    }
  }
  return undefined;
}

/** The post's address made from an attribute of its container, absolute; only http(s). */
function addressFrom(container: Element, from: NonNullable<ReaderConfig['permalinkFrom']>): string | undefined {
  const value = from.pattern.exec(container.getAttribute(from.attribute) ?? '')?.[1];
  if (value === undefined) return undefined;
  try {
    // Escaped, so the page's value stays one path segment; colons are allowed in one (LinkedIn's URNs).
    const segment = encodeURIComponent(value).replace(/%3A/gi, ':');
    const url = new URL(from.address.replace('$1', segment), container.ownerDocument?.baseURI);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.href.length <= MAX_URL_CHARS ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function readTime(scope: Element, selector: string, excluded: (element: Element) => boolean): string | undefined {
  const element = ownedMatches(scope, selector, excluded)[0];
  const value = element?.getAttribute('datetime') ?? element?.getAttribute('title') ?? undefined;
  return value === undefined || value.length > 64 ? undefined : value;
}

/** Whether the range covers some of the element's text. */
function selects(range: Range, element: Element): boolean {
  try {
    return range.intersectsNode(element);
  } catch {
    return false;
  }
}
