export { embedTexts, EmbeddingAnswerError, type EmbeddingServer } from './embed-texts';
export { contentHashOf, entryVectorsFor, mythWordingsOf, type EntryWordingVectors } from './entry-vectors';
export { fuseRankings, type FusedMatch } from './fuse-rankings';
export { minSimilarity, semanticCandidates, type SemanticCandidate } from './semantic-candidates';
export { embeddingModelKey, isSemanticMatchingOn, semanticMatchesToOffer, type FusedOffer } from './semantic-matches';
