/**
 * Whether a person looking at the page does not see this element: `hidden`, `aria-hidden`,
 * display: none, visibility: hidden, transparent, text of size zero, or clipped to nothing as
 * screen-reader-only copies are. Text a person cannot see must not be matched on or answered:
 * pages hide keywords to steer tools, and platforms keep accessible duplicates of what is shown.
 * Only the element's own style is read: its parents were checked on the way down.
 */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const view = element.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  const style = view.getComputedStyle(element);
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  if (style.opacity === '0' || Number.parseFloat(style.fontSize) === 0) return true;
  return clippedAway(style);
}

/** The "visually hidden" patterns: clipped to nothing, or a 1-pixel box that hides its overflow. */
function clippedAway(style: CSSStyleDeclaration): boolean {
  if (style.position !== 'absolute' && style.position !== 'fixed') return false;
  const clip = style.clip.replace(/\s+/g, '');
  if (clip === 'rect(0,0,0,0)' || clip === 'rect(0px,0px,0px,0px)' || clip === 'rect(1px,1px,1px,1px)') return true;
  if (/^inset\(50%\)$/.test(style.clipPath.replace(/\s+/g, ''))) return true;
  const tiny = (value: string) => Number.parseFloat(value) <= 1;
  return style.overflow === 'hidden' && tiny(style.width) && tiny(style.height);
}
