import { z } from 'zod';
import { appearanceSchema } from './appearance';
import { lintSettingsSchema } from './lint-settings';
import { channelIdSchema } from './channel';
import { interfaceLanguageChoiceSchema } from './interface-language';
import { languageSchema } from './language';
import { modelSettingsSchema } from './model-settings';

/**
 * What a person sets once: who they are for review records, the defaults for new drafts, the
 * optional language model and which lint rules run (the team libraries to follow are subscriptions). Fields added
 * later default, so settings stored by an older version still load.
 */
export const settingsSchema = z.strictObject({
  userName: z.string().max(200).default(''),
  defaultLanguage: languageSchema.default('en'),
  defaultChannel: channelIdSchema.default('x'),
  model: modelSettingsSchema.prefault({}),
  lint: lintSettingsSchema.prefault({}),
  appearance: appearanceSchema.default('system'),
  /** Left out means 'auto': the browser's language, when the interface speaks it. */
  interfaceLanguage: interfaceLanguageChoiceSchema.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
