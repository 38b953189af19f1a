/** Google asks for claimReviewed "less than 75 characters", so it does not wrap on a phone. */
export const maxClaimSummaryLength = 74;

/**
 * The myth as the ClaimReview names it: the library's neutral statement, never the circulating
 * slogans, and never the verdict (the rating carries that). A label some writers put in front
 * ("Myth:", "False:") is dropped; a longer statement is cut at a word boundary and ends with "…".
 */
export function claimSummary(statement: string, maxLength = maxClaimSummaryLength): string {
  const text = statement
    .replace(/^\s*(?:myth|claim|false|misleading|fake)\s*[:–—-]\s*/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const characters = [...text];
  if (characters.length <= maxLength) return text;
  const room = characters.slice(0, maxLength).join(''); // leaves one character for the ellipsis
  const cut = room.lastIndexOf(' ');
  const words = cut > maxLength / 2 ? room.slice(0, cut) : [...room].slice(0, maxLength - 1).join('');
  return `${words.replace(/[\s,;:.!?–—-]+$/, '')}…`;
}
