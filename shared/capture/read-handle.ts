import { normaliseText } from './normalise-text';
import type { HandleLocation } from './readers/reader-config';

/** Elements matching `selector` inside `scope` that no `excluded` element (a nested post or quote) holds. */
export function ownedMatches(scope: Element, selector: string, excluded: (element: Element) => boolean): Element[] {
  return Array.from(scope.querySelectorAll(selector)).filter((element) => {
    for (let node = element.parentElement; node !== null && node !== scope; node = node.parentElement) {
      if (excluded(node)) return false;
    }
    return !excluded(element);
  });
}

/** The author's handle as the platform names it ("@alice", "u/name"), read where `location` says. */
export function readHandle(scope: Element, location: HandleLocation, excluded: (element: Element) => boolean): string | undefined {
  if (location.kind === 'testid-suffix') {
    const testId = scope.getAttribute('data-testid') ?? '';
    const prefix = location.prefixes.find((candidate) => testId.startsWith(candidate));
    return prefix === undefined || testId.length === prefix.length ? undefined : `@${testId.slice(prefix.length)}`;
  }
  if (location.kind === 'attribute') {
    for (const name of location.names) {
      const value = location.pattern.exec(scope.getAttribute(name) ?? '')?.[1];
      if (value !== undefined) return `${location.prefix}${value}`;
    }
    return undefined;
  }
  for (const element of ownedMatches(scope, location.selector, excluded)) {
    if (location.kind === 'text') {
      const text = normaliseText(element.textContent ?? '').replace(/\s+/g, '');
      if (text !== '' && (location.pattern === undefined || location.pattern.test(text))) return text;
      continue;
    }
    // Read the handle from the link target: the visible text is a display name the author chose.
    try {
      // The base only resolves relative links; the pattern looks at the path alone.
      const path = new URL(element.getAttribute('href') ?? '', 'https://example.invalid').pathname;
      const handle = location.path.exec(decodeURIComponent(path))?.[1];
      if (handle !== undefined) return `${location.prefix ?? '@'}${handle}`;
    } catch {
      // A malformed href is just not a profile link.
    }
  }
  return undefined;
}
