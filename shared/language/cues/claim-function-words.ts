import { readingLanguageSchema, type ReadingLanguage } from '../../schema/language';

/**
 * Words that carry no claim, beyond the stop words every judgement shares (stopwords.ts):
 * prepositions, degree adverbs, light verbs and pronouns that the claim reader must not compare
 * ("through", "still", "go", "gern", "entonces", "quindi"). Kept apart from the shared list so
 * matching posts against the library, which weighs such words differently, is not changed.
 */
const words: Record<ReadingLanguage, string> = {
  en: `go goes going went gone that's there's what's here's than through across among within during before after between
    against whether even still ever already almost nearly quite rather far around mainly mostly largely chiefly primarily`,
  fr: `ca cela deja encore entre vers chez contre depuis pendant apres avant surtout principalement essentiellement`,
  de: `uns euch also vom zum zur beim ins gern gerne solch solche solcher solchen solches hauptsachlich uberwiegend meist meistens vorwiegend`,
  es: `antes despues algo asi aqui alli ahora luego bien cada puede pueden entonces va van iba ir fue nos os me te le les principalmente mayormente`,
  it: `ci vi tra fra contro dopo prima ancora puo possono deve devono fa fanno va vanno viene vengono sta stanno quindi dunque principalmente soprattutto perlopiu`,
};

const sets = {} as Record<ReadingLanguage, ReadonlySet<string>>;
for (const language of readingLanguageSchema.options) sets[language] = new Set(words[language].split(/\s+/).filter(Boolean));

export function isClaimFunctionWord(folded: string, language: ReadingLanguage): boolean {
  return sets[language].has(folded);
}
