/**
 * Lower-cases and strips accents one UTF-16 unit at a time, so the result has exactly the length
 * of the input: a match found in the folded text has the same offsets in the original.
 * Cue patterns are written folded ("reserve", "gerucht"), so they match "Réservé" and "Gerücht".
 */
export function foldInPlace(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index++) {
    const unit = text[index]!;
    const code = unit.charCodeAt(0);
    if (code < 0x80) folded += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : unit;
    else if (code >= 0xd800 && code <= 0xdfff) folded += unit;
    else folded += foldUnit(unit);
  }
  return folded;
}

const cache = new Map<string, string>();

function foldUnit(unit: string): string {
  let folded = cache.get(unit);
  if (folded === undefined) {
    const base = unit.normalize('NFD')[0]!.toLowerCase();
    folded = base.length === 1 ? base.replace(/[’‘`´]/, "'") : unit;
    cache.set(unit, folded);
  }
  return folded;
}
