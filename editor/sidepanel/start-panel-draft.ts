import { channelForPlatform } from '../../shared/channels';
import { createDraft, getSettings, linkSightingDraft, type FactSandwichDatabase } from '../../shared/db';
import type { Draft, Entry, Sighting } from '../../shared/schema';
import { platformLabels } from './platform-labels';

/**
 * Starts the reply to a captured post: a template draft from the entry, for the platform's
 * channel, in the person's language, linked to the sighting so the panel finds it again.
 */
export async function startPanelDraft(db: FactSandwichDatabase, sighting: Sighting, entry: Entry): Promise<Draft> {
  const settings = await getSettings(db);
  const channel = channelForPlatform(sighting.post.platform, settings.defaultChannel);
  const language = settings.defaultLanguage;
  // The composer brings the lint engine: loaded when the first reply is drafted, not with the panel.
  const { composeTemplateDraft } = await import('../../shared/compose');
  const { sections } = composeTemplateDraft({ entry, channel, language });
  const draft = await createDraft(db, {
    title: `${entry.title} — reply on ${platformLabels[sighting.post.platform]}`.slice(0, 200),
    entryId: entry.id,
    sections,
    channel,
    language,
    capturedPost: sighting.post,
  });
  await linkSightingDraft(db, sighting.id, draft.id);
  return draft;
}
