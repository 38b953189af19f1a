import type { Audience, ChannelId, Entry, Language, Sandwich, Spokesperson } from '../schema';
import { fieldName } from '../schema/describe-issues';
import { describeIssues } from '../schema/describe-issues';
import { sharedReplyFormat, sharedReplyFormatVersion, sharedReplySchema, type SharedReply } from './shared-reply-schema';

export type SharedReplyVariantInput = {
  audience?: Audience | undefined;
  audienceId?: string | undefined;
  spokesperson?: Spokesperson | undefined;
  spokespersonId?: string | undefined;
  channel: ChannelId;
  language: Language;
  sections: Sandwich;
};

export type SharedReplyInput = {
  from: { name: string; organisation?: string };
  entry: Entry;
  variants: SharedReplyVariantInput[];
  note?: string;
};

export type CreatedSharedReply = { ok: true; reply: SharedReply } | { ok: false; message: string };

/**
 * Packs finished replies for allies. Ids are filled from the audience and spokesperson given;
 * blank optional text (an empty note box) is left out. Returns what is missing instead of a file
 * the ally could not open.
 */
export function createSharedReply(input: SharedReplyInput, now: Date): CreatedSharedReply {
  const candidate = {
    format: sharedReplyFormat,
    formatVersion: sharedReplyFormatVersion,
    sharedAt: Number.isNaN(now.getTime()) ? 'invalid date' : now.toISOString(),
    from: { name: input.from.name, ...(input.from.organisation?.trim() ? { organisation: input.from.organisation } : {}) },
    entry: input.entry,
    variants: input.variants.map(({ audience, audienceId, spokesperson, spokespersonId, ...rest }) => ({
      ...rest,
      ...(audience || audienceId ? { audienceId: audienceId ?? audience?.id } : {}),
      ...(spokesperson || spokespersonId ? { spokespersonId: spokespersonId ?? spokesperson?.id } : {}),
      ...(audience ? { audience } : {}),
      ...(spokesperson ? { spokesperson } : {}),
    })),
    ...(input.note?.trim() ? { note: input.note } : {}),
  };
  const result = sharedReplySchema.safeParse(candidate);
  if (result.success) return { ok: true, reply: result.data };
  return {
    ok: false,
    message: `Not shared — fix this first:\n${describeIssues(result.error.issues, (path) => fieldName(path) || 'the reply')}`,
  };
}
