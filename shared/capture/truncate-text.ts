/**
 * Cut text to at most `max` UTF-16 code units without splitting a surrogate pair, so an emoji at
 * the boundary does not become a lone surrogate (which zod, JSON and clipboards treat badly).
 */
export function truncateText(text: string, max: number): { text: string; truncated: boolean } {
  if (text.length <= max) return { text, truncated: false };
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: text.slice(0, end).trimEnd(), truncated: true };
}
