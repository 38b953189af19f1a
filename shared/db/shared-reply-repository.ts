import type { Audience, Draft, Entry, Spokesperson } from '../schema';
import { addMissingProfiles, addMissingRecords } from './add-missing-records';
import type { FactSandwichDatabase } from './database';
import { createDraft, type NewDraft } from './drafts-repository';
import { buildEntryChange } from './entry-history';
import { getSettings } from './settings-repository';

export type SharedReplyImport = {
  /** The entry the reply rests on, and the audience and spokesperson it was written for, if sent along. */
  entry: Entry;
  audience?: Audience | undefined;
  spokesperson?: Spokesperson | undefined;
  /** Who shared it, for the history: "Amira Haddad (Leeds City Council)". */
  sharedBy: string;
  draft: NewDraft;
  /** Who opens it here; settings' name when left out. */
  by?: string;
  now?: Date;
};

/**
 * Opens an ally's reply here, in one transaction: the entry, audience and spokesperson are added
 * when this library lacks them — the entry as "in review", since no one here has vetted it, with
 * a history record (kind `received`) saying who shared it; a version the library has is used
 * and kept. Then the reply becomes a new draft. A bad record writes nothing.
 */
export async function importSharedReply(db: FactSandwichDatabase, reply: SharedReplyImport): Promise<Draft> {
  const { entry, audience, spokesperson, sharedBy, draft, now = new Date() } = reply;
  const by = reply.by ?? (await getSettings(db)).userName;
  const unvetted = entry.status === 'vetted' ? { ...entry, status: 'in-review' as const } : entry;
  return db.transaction('rw', [db.entries, db.audiences, db.spokespeople, db.drafts, db.history], async () => {
    for (const added of await addMissingRecords(db, 'entry', [unvetted])) {
      const note = `shared by ${sharedBy}`;
      await db.history.add(
        buildEntryChange({ kind: 'received', record: { kind: 'entry', id: added.id }, before: undefined, after: added, by, at: now, note }),
      );
    }
    await addMissingProfiles(db, { audiences: audience ? [audience] : [], spokespeople: spokesperson ? [spokesperson] : [] });
    return createDraft(db, draft, now);
  });
}
