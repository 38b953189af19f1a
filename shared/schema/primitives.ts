import { z } from 'zod';
import { fieldMessage } from './field-reasons';

/** Ids are URL- and file-name-safe slugs: the file `fact-library/entries/<id>.md` is named by its id. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, fieldMessage('slug'));

/** Plain calendar dates (YYYY-MM-DD): review-by dates and review records do not need a time of day. */
export const isoDateSchema = z.iso.date({ message: fieldMessage('date') });

/** Moments in time, always stored in UTC ISO 8601 so that sorting strings sorts time. */
export const isoDateTimeSchema = z.iso.datetime({ message: fieldMessage('dateTime') });

/** Text a person must fill in: surrounding whitespace alone does not count. */
export const nonEmptyTextSchema = z.string().trim().min(1, fieldMessage('notEmpty'));

/** Only web links: a `javascript:` or `file:` URL in a shared library would be an attack, not a source. */
export const webUrlSchema = z.url({
  protocol: /^https?$/,
  message: fieldMessage('httpUrl'),
});
