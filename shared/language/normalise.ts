const combiningMarks = /\p{M}+/gu;
const apostrophes = /[’‘`´]/g;

/**
 * Folds case, accents and apostrophes so that "Réfugiés", "refugies" and "REFUGIÉS" compare
 * equal: posts drop accents and shout; the library is written carefully.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(combiningMarks, '').replace(apostrophes, "'").toLowerCase().replace(/ß/g, 'ss');
}
