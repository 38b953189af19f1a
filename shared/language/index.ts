// The text toolkit every judgement shares (lint, match, compose, channels). Cue lists are
// imported from `cues/` by the judge that needs them.
export { detectLanguage } from './detect-language';
export { findFigures, isBackedBy, type Figure } from './figures';
export { foldInPlace } from './fold-in-place';
export { foldText } from './normalise';
export { countSyllables, readingEase } from './reading-ease';
export { sectionLabels } from './section-labels';
export { splitSentences, type Sentence } from './sentences';
export { stem } from './stem';
export { isStopword } from './stopwords';
export { countWords, tokenize, type Token } from './tokenize';
export { canonicalUrl, findUrls, type FoundUrl } from './urls';
