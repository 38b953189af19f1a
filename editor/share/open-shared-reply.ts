import { createDraft, type FactSandwichDatabase } from '../../shared/db';
import type { SharedReply } from '../../shared/share/shared-reply-schema';

/**
 * Opens one variant of an ally's reply as a draft here. The ally's entry, audience and
 * spokesperson are added when this library lacks them — an entry as "in review", since no one
 * here has vetted it; when the library has its own version, that version is used and kept.
 */
export async function openSharedVariant(db: FactSandwichDatabase, reply: SharedReply, index: number): Promise<string> {
  const variant = reply.variants[index]!;
  return db.transaction('rw', [db.entries, db.audiences, db.spokespeople, db.drafts], async () => {
    if (!(await db.entries.get(reply.entry.id))) {
      await db.entries.add(reply.entry.status === 'vetted' ? { ...reply.entry, status: 'in-review' } : reply.entry);
    }
    if (variant.audience && !(await db.audiences.get(variant.audience.id))) await db.audiences.add(variant.audience);
    if (variant.spokesperson && !(await db.spokespeople.get(variant.spokesperson.id))) await db.spokespeople.add(variant.spokesperson);
    const audienceId = variant.audienceId ?? variant.audience?.id;
    const spokespersonId = variant.spokespersonId ?? variant.spokesperson?.id;
    const draft = await createDraft(db, {
      title: `${reply.entry.title} — from ${reply.from.name}`.slice(0, 200),
      entryId: reply.entry.id,
      sections: variant.sections,
      channel: variant.channel,
      language: variant.language,
      audienceIds: audienceId ? [audienceId] : [],
      ...(spokespersonId ? { spokespersonId } : {}),
    });
    return draft.id;
  });
}
