/**
 * Splits a hashtag into words: by case ("#StopTheBoats" → stop the boats), by digits, and — for
 * all-lower-case tags ("#stoptheboats") — greedily by words the library knows.
 */
export function splitHashtag(tag: string, isKnownWord: (word: string) => boolean): string[] {
  const body = tag.replace(/^#/, '');
  const byCase = body
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, (_match, a, b, c, d) => (a ? `${a} ${b}` : `${c} ${d}`))
    .split(/[\s_]+/)
    .filter(Boolean);
  return byCase.flatMap((part) => (part.length > 6 && part === part.toLowerCase() ? splitByKnownWords(part, isKnownWord) : [part]));
}

/** Longest known word first, left to right; gives up (keeps the part whole) if a piece is unknown. */
function splitByKnownWords(text: string, isKnownWord: (word: string) => boolean): string[] {
  const words: string[] = [];
  let position = 0;
  while (position < text.length) {
    let end = text.length;
    while (end > position + 1 && !isKnownWord(text.slice(position, end))) end--;
    if (end === position + 1 && !isKnownWord(text.slice(position, end)) && !shortWords.has(text.slice(position, end))) return [text];
    words.push(text.slice(position, end));
    position = end;
  }
  return words;
}

const shortWords = new Set(['a', 'i']);
