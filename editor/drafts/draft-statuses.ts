import { draftStatusSchema } from '../../shared/schema/draft';

export type DraftStatus = (typeof draftStatusSchema.options)[number];
/** Where a draft can stand, in the order the list and its filter offer them; named in the catalogue (drafts:status). */
export const draftStatuses = draftStatusSchema.options;
