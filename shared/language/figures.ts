/** A number in a draft with the values it may stand for ("1,221" is 1221 in English, 1.221 in French). */
export type Figure = { text: string; start: number; end: number; values: number[]; decimals: number };

const numberPattern =
  /(?<![\p{L}\p{N}_])\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?![\p{N}])|(?<![\p{L}\p{N}_])\d+(?:[.,]\d+)?(?![\p{N}])/gu;
// With the Dutch, Polish, Swedish, Greek and Portuguese words ("1,5 mln", "2 εκ.", "3 mil milhões").
const scaleWords: [RegExp, number][] = [
  [
    /^\s?(?:bn|billions?|milliards?|mrd\.?|miliardi|miliardo|mil millones|milliarden?|miljard(?:en|er)?|miliard\p{L}*|mld\.?|mdr\.?|δισ\.?|δισεκατομμύρι\p{L}*|mil milhões)(?![\p{L}])/iu,
    1e9,
  ],
  [
    /^\s?(?:m|mn|millions?|millones|millón|milioni|milione|mio\.?|millionen|million|miljoen(?:en)?|milion\p{L}*|mln\.?|miljon(?:er)?|milj\.?|εκ\.|εκατ\.?|εκατομμύρι\p{L}*|milhão|milhões)(?![\p{L}])/iu,
    1e6,
  ],
  [/^\s?(?:k|thousand|tausend|mille|mila|mil|duizend|tys\.?|tysi\p{L}*|tusen|χιλ\.?|χιλιάδες)(?![\p{L}])/iu, 1e3],
];

/**
 * Finds the figures in a text: amounts, percentages, rates and years. Written-out numbers
 * ("twice", "one in twenty") are left alone: they rarely carry an invented statistic.
 */
export function findFigures(text: string, skip: { start: number; end: number }[] = []): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (skip.some((range) => start < range.end && end > range.start)) continue;
    const bases = readNumber(match[0]);
    const scale = scaleWords.find(([pattern]) => pattern.test(text.slice(end, end + 14)))?.[1];
    const values = scale ? [...bases, ...bases.map((value) => value * scale)] : bases;
    figures.push({ text: match[0], start, end, values, decimals: decimalsOf(match[0]) });
  }
  return figures;
}

/** Every value a written number may stand for, given the separators of en/fr/de/es/it. */
function readNumber(written: string): number[] {
  const compact = written.replace(/[\u00a0\u202f ]/g, '');
  const separators = compact.match(/[.,]/g) ?? [];
  if (separators.length === 0) return [Number(compact)];
  const last = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  const asDecimal = Number(`${compact.slice(0, last).replace(/[.,]/g, '')}.${compact.slice(last + 1)}`);
  const asThousands = Number(compact.replace(/[.,]/g, ''));
  const mixed = new Set(separators).size > 1;
  if (mixed || separators.length > 1) return mixed ? [asDecimal] : [asThousands];
  return compact.length - last - 1 === 3 ? [asThousands, asDecimal] : [asDecimal];
}

function decimalsOf(written: string): number {
  const match = /[.,](\d{1,2})$/.exec(written.replace(/[\u00a0\u202f ]/g, ''));
  return match ? match[1]!.length : 0;
}

/**
 * A figure is backed when it equals a source value, or is that value rounded to the figure's own
 * precision within 5% ("£49" for £49.18, "21 billion" for €21.22bn) — a reasonable rounding, not
 * a new number.
 */
export function isBackedBy(figure: Figure, known: number[]): boolean {
  return figure.values.some((value) =>
    known.some((source) => {
      if (value === source) return true;
      const factor = 10 ** figure.decimals;
      const rounded = Math.round(source * factor) / factor;
      return rounded === value && Math.abs(value - source) <= Math.abs(source) * 0.05;
    }),
  );
}
