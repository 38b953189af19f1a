import { z } from 'zod';
import { lintSettingsSchema } from './lint-settings';
import { channelIdSchema } from './channel';
import { languageSchema } from './language';
import { modelSettingsSchema } from './model-settings';
import { webUrlSchema } from './primitives';

const localHosts = new Set(['localhost', '127.0.0.1']);

/**
 * Where the team's library bundle is published. https only, because a bundle changes what people
 * post; plain http only on this machine, where a team tries out a bundle before publishing it.
 */
export const subscriptionUrlSchema = z
  .string()
  .trim()
  .max(2000, 'keep the URL to 2,000 characters')
  .superRefine((url, context) => {
    if (url === '') return;
    if (!webUrlSchema.safeParse(url).success) {
      context.addIssue({ code: 'custom', message: 'must be a full https URL, or left empty' });
    } else if (new URL(url).protocol === 'http:' && !localHosts.has(new URL(url).hostname)) {
      context.addIssue({ code: 'custom', message: 'must use https: plain http is allowed only for localhost and 127.0.0.1' });
    }
  });

/**
 * What a person sets once: who they are for review records, the defaults for new drafts, the
 * optional language model, the team library to follow and which lint rules run. Fields added
 * later default, so settings stored by an older version still load.
 */
export const settingsSchema = z.strictObject({
  userName: z.string().max(200).default(''),
  defaultLanguage: languageSchema.default('en'),
  defaultChannel: channelIdSchema.default('x'),
  model: modelSettingsSchema.prefault({}),
  subscriptionUrl: subscriptionUrlSchema.default(''),
  lint: lintSettingsSchema.prefault({}),
});
export type Settings = z.infer<typeof settingsSchema>;
