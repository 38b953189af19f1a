import { draftSchema, replySchema, type Draft, type Reply } from '../schema';
import type { FactSandwichDatabase } from './database';
import { validateRecord } from './invalid-record-error';

/**
 * Records that a draft was posted, once per draft: the draft is marked posted and, when it
 * answers a captured post, the sighting is linked, so "time from sighting to reply" can be measured.
 */
export async function recordReply(
  db: FactSandwichDatabase,
  draft: Draft,
  { by, now = new Date(), sightingId }: { by: string; now?: Date; sightingId?: string },
): Promise<Reply> {
  return db.transaction('rw', [db.replies, db.drafts, db.sightings], async () => {
    const existing = await db.replies.where('draftId').equals(draft.id).first();
    if (existing) return existing;
    const linked = sightingId ?? (await db.sightings.filter((sighting) => sighting.draftId === draft.id).first())?.id;
    const reply = validateRecord('reply', replySchema, {
      id: crypto.randomUUID(),
      draftId: draft.id,
      ...(linked ? { sightingId: linked } : {}),
      ...(draft.entryId ? { entryId: draft.entryId } : {}),
      audienceIds: draft.audienceIds,
      ...(draft.spokespersonId ? { spokespersonId: draft.spokespersonId } : {}),
      channel: draft.channel,
      language: draft.language,
      postedAt: now.toISOString(),
      by,
    });
    await db.replies.add(reply);
    const stored = await db.drafts.get(draft.id);
    // A new revision: an editor open on the draft takes the posted status in, instead of saving its
    // older copy over it (or, with unsaved words, is asked which copy to keep).
    if (stored)
      await db.drafts.put(
        validateRecord('draft', draftSchema, {
          ...stored,
          status: 'posted',
          revision: (stored.revision ?? 0) + 1,
          updatedAt: now.toISOString(),
        }),
      );
    return reply;
  });
}

export function listReplies(db: FactSandwichDatabase): Promise<Reply[]> {
  return db.replies.orderBy('postedAt').toArray();
}
