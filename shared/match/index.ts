export { buildLibraryIndex, type IndexedEntry, type LibraryIndex } from './library-index';
export { libraryIndexFor, offerPrebuiltIndex } from './library-index-cache';
export { defaultMinConfidence, matchPost, type Match, type MatchOptions } from './match-post';
export {
  matchableEntries,
  matchesOnRequest,
  matchesPerPost,
  matchesToOffer,
  type OfferedMatches,
  type OfferOptions,
} from './matches-to-offer';
export { mostOtherClaims, otherClaimsInPost } from './other-claims-in-post';
export { loadPrebuiltIndex, matcherVersion, serialiseLibraryIndex } from './prebuilt-index';
