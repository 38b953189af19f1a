import { z } from 'zod';
import { channelIdSchema } from './channel';
import { languageSchema } from './language';

/** What a person sets once: the defaults for new drafts and who they are for review records. */
export const settingsSchema = z.strictObject({
  userName: z.string().max(200).default(''),
  defaultLanguage: languageSchema.default('en'),
  defaultChannel: channelIdSchema.default('x'),
});
export type Settings = z.infer<typeof settingsSchema>;
