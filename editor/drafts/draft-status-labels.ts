import { draftStatusSchema } from '../../shared/schema/draft';

export type DraftStatus = (typeof draftStatusSchema.options)[number];
export const draftStatuses = draftStatusSchema.options;

/** Where a draft stands, in the words the list and its filter use. */
export const draftStatusLabels: Record<DraftStatus, string> = {
  draft: 'Draft',
  ready: 'Ready to post',
  posted: 'Posted',
  archived: 'Archived',
};
