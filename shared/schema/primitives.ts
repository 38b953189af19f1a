import { z } from 'zod';

/** Ids are URL- and file-name-safe slugs: the file `fact-library/entries/<id>.md` is named by its id. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters, digits and single hyphens');

/** Plain calendar dates (YYYY-MM-DD): review-by dates and review records do not need a time of day. */
export const isoDateSchema = z.iso.date({ message: 'must be a date written YYYY-MM-DD' });

/** Moments in time, always stored in UTC ISO 8601 so that sorting strings sorts time. */
export const isoDateTimeSchema = z.iso.datetime({ message: 'must be an ISO 8601 date-time in UTC' });

/** Text a person must fill in: surrounding whitespace alone does not count. */
export const nonEmptyTextSchema = z.string().trim().min(1, 'must not be empty');

/** Only web links: a `javascript:` or `file:` URL in a shared library would be an attack, not a source. */
export const webUrlSchema = z.url({
  protocol: /^https?$/,
  message: 'must be a full http(s) URL',
});
