/**
 * Lower-cases and strips accents without changing the length, so a match found in the folded
 * text has the same offsets in the original. Cue patterns are written folded ("reserve",
 * "gerucht"), so they match "Réservé" and "Gerücht".
 */
export function foldInPlace(text: string): string {
  const lower = text.toLowerCase();
  // A few characters lengthen when lower-cased (İ → i̇): fold those one by one instead.
  const base = lower.length === text.length ? lower : foldEachUnit(text);
  return base.replace(nonAscii, foldUnit);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: a range from U+0000, not a control character
const nonAscii = /[^\u0000-\u007f]/g;
const cache = new Map<string, string>();

/** One UTF-16 unit to its folded form: accents dropped, curly apostrophes made straight. */
function foldUnit(unit: string): string {
  let folded = cache.get(unit);
  if (folded === undefined) {
    const code = unit.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) folded = unit;
    else {
      const base = unit.normalize('NFD')[0]!.toLowerCase();
      folded = base.length === 1 ? base.replace(/[’‘`´]/, "'") : unit;
    }
    cache.set(unit, folded);
  }
  return folded;
}

function foldEachUnit(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index++) {
    const lower = text[index]!.toLowerCase();
    folded += lower.length === 1 ? lower : text[index]!;
  }
  return folded;
}
