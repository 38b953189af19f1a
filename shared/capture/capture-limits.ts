/**
 * How much of a page we keep. A post is short; anything longer is a page dump or an attack, and
 * the matcher and the side panel only need the claim. 5,000 leaves room for long Facebook posts
 * while staying well under capturedPostSchema's 20,000 ceiling.
 */
export const MAX_POST_CHARS = 5_000;

/** Page titles are set by the page: keep enough to recognise it, never a payload. */
export const MAX_TITLE_CHARS = 200;

/** capturedPostSchema allows 200; handles and display names are far shorter. */
export const MAX_AUTHOR_CHARS = 200;

/**
 * Page addresses longer than this are dropped rather than kept as a source link: real post URLs
 * are a few hundred characters, and a megabyte of location.hash is a payload, not a citation.
 */
export const MAX_URL_CHARS = 8_192;
