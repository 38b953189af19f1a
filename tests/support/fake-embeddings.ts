/**
 * Deterministic embeddings for the fake OpenAI server: a small, fixed table of concepts standing
 * in for what a real embedding model learns, so a test can rely on a paraphrase landing near the
 * library wording it means without sharing a word with it ("residents without legal status hand
 * no revenue to the government" ≈ "undocumented immigrants do not pay taxes"). Words outside the
 * table spread thinly over hashed dimensions, as unrelated detail does in a real model.
 */

const concepts: Record<string, readonly string[]> = {
  undocumented: [
    'undocumented',
    'illegal',
    'illegals',
    'aliens',
    'status',
    'papers',
    'paperless',
    'indocumentados',
    'ilegales',
    'clandestins',
    'clandestini',
    'illegale',
    'sans-papiers',
    'irregular',
  ],
  migrant: [
    'immigrants',
    'immigrant',
    'migrants',
    'migrant',
    'foreigners',
    'newcomers',
    'immigration',
    'inmigrantes',
    'immigrés',
    'einwanderer',
    'migranten',
    'immigrati',
    'migranti',
    'asylum',
    'refugees',
    'arrivals',
  ],
  money: [
    'tax',
    'taxes',
    'taxpayer',
    'taxpayers',
    'revenue',
    'treasury',
    'coffers',
    'purse',
    'contribute',
    'pay',
    'paying',
    'paid',
    'dime',
    'penny',
    'cent',
    'irs',
    'impuestos',
    'steuern',
    'tasse',
    'impôts',
    'government',
    'state',
    'budget',
  ],
  benefits: ['benefits', 'welfare', 'handouts', 'allowance', 'subsidies', 'ayudas', 'sozialleistungen', 'aides', 'sussidi'],
  housing: ['hotel', 'hotels', 'housing', 'homes', 'houses', 'flats', 'rooms', 'accommodation', 'logement', 'hoteles'],
  jobs: ['jobs', 'job', 'work', 'workers', 'employment', 'wages', 'unemployment', 'trabajo', 'arbeit'],
  crime: ['crime', 'crimes', 'criminals', 'violence', 'rapes', 'police', 'offenders', 'criminalité'],
  health: ['health', 'healthcare', 'medicaid', 'doctor', 'hospital', 'dentist', 'teeth', 'treatment', 'santé'],
  language: ['english', 'language', 'learn', 'speak', 'german', 'french', 'integrate', 'integration'],
  phones: ['phones', 'iphones', 'iphone', 'phone', 'smartphone', 'handys', 'móviles'],
};

const stopWords = new Set(
  'a an the and or but of to in on at for from by with as is are was were be been do does did not no never nothing zero any all they them their we our us you your it its this that these those who which what why how here there than then so just only also into off up out over'.split(
    ' ',
  ),
);

const conceptNames = Object.keys(concepts);
const conceptOf = new Map(conceptNames.flatMap((name, dimension) => concepts[name]!.map((word) => [word, dimension] as const)));
const hashedDimensions = 512;
export const fakeEmbeddingDimensions = conceptNames.length + hashedDimensions;
/** How much a word outside the table weighs, against 1 for a concept word. */
const unknownWordWeight = 0.3;

/** The fake model's vector for a text: unit length, the same every time. */
export function fakeEmbedding(text: string): number[] {
  const vector = new Array<number>(fakeEmbeddingDimensions).fill(0);
  for (const word of text.toLocaleLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []) {
    if (stopWords.has(word)) continue;
    const concept = conceptOf.get(word);
    if (concept !== undefined) vector[concept]! += 1;
    else vector[conceptNames.length + (hashOf(word) % hashedDimensions)]! += unknownWordWeight;
  }
  const length = Math.hypot(...vector);
  // An empty text still gets a vector, as real models give one: a fixed direction of its own.
  if (length === 0) return vector.map((_, dimension) => (dimension === fakeEmbeddingDimensions - 1 ? 1 : 0));
  return vector.map((value) => value / length);
}

/** FNV-1a: stable across runs and platforms. */
function hashOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
