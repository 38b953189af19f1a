import { localToday } from '../../shared/calendar/calendar-date';
import { channelForPlatform } from '../../shared/channels';
import { createDraft, getSettings, linkSightingDraft, type FactSandwichDatabase } from '../../shared/db';
import type { Draft, Entry, Sighting } from '../../shared/schema';

/**
 * Starts the reply to a captured post: a template draft from the entry, for the platform's
 * channel, in the person's language, judged with the post and its address as the editor will
 * judge it, and linked both ways to the sighting so the panel finds it again.
 */
export async function startPanelDraft(
  db: FactSandwichDatabase,
  sighting: Sighting,
  entry: Entry,
  {
    entries = [entry],
    title,
  }: {
    /** The whole library: the post's other claims are answered from their own entries. */
    entries?: readonly Entry[];
    /** The draft's name in the drafts list, in the interface language ("… — reply on X"). */
    title: string;
  },
): Promise<Draft> {
  const settings = await getSettings(db);
  const choices = {
    entryId: entry.id,
    audienceIds: [],
    channel: channelForPlatform(sighting.post.platform, settings.defaultChannel),
    language: settings.defaultLanguage,
    capturedPost: sighting.post,
    sightingId: sighting.id,
  };
  // The composer brings the lint engine: loaded when the first reply is drafted, not with the panel.
  const [{ composeTemplateDraft }, { buildDraftContext, composedChoices }] = await Promise.all([
    import('../../shared/compose'),
    import('../../shared/compose/draft-context'),
  ]);
  const context = buildDraftContext({
    draft: choices,
    library: { entries: entries.includes(entry) ? entries : [entry, ...entries], audiences: [], spokespeople: [] },
    today: localToday(),
  });
  const composed = composeTemplateDraft(context.compose!, { context: context.lint });
  const draft = await createDraft(db, {
    title: title.slice(0, 200),
    ...choices,
    sections: composed.sections,
    ...composedChoices(composed),
  });
  await linkSightingDraft(db, sighting.id, draft.id);
  return draft;
}
