import { importSharedReply, type FactSandwichDatabase } from '../db';
import type { SharedReply } from './shared-reply-schema';

/**
 * Opens one variant of an ally's reply as a draft here (`importSharedReply`: the ally's entry,
 * audience and spokesperson are added when this library lacks them). Returns the draft's id.
 */
export async function openSharedVariant(db: FactSandwichDatabase, reply: SharedReply, index: number, now = new Date()): Promise<string> {
  const variant = reply.variants[index];
  if (!variant) throw new Error(`This shared reply has no variant ${index + 1}.`);
  const audienceId = variant.audienceId ?? variant.audience?.id;
  const spokespersonId = variant.spokespersonId ?? variant.spokesperson?.id;
  const draft = await importSharedReply(db, {
    entry: reply.entry,
    audience: variant.audience,
    spokesperson: variant.spokesperson,
    sharedBy: reply.from.organisation ? `${reply.from.name} (${reply.from.organisation})` : reply.from.name,
    now,
    draft: {
      title: `${reply.entry.title} — from ${reply.from.name}`.slice(0, 200),
      entryId: reply.entry.id,
      sections: variant.sections,
      channel: variant.channel,
      language: variant.language,
      audienceIds: audienceId ? [audienceId] : [],
      ...(spokespersonId ? { spokespersonId } : {}),
    },
  });
  return draft.id;
}
