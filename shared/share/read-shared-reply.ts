import { describeIssues } from '../schema/describe-issues';
import { parseUntrustedJson } from '../bundle/parse-untrusted-json';
import { signedBundleFormat } from '../bundle/signed-bundle-schema';
import { bundleFormat } from '../schema/bundle';
import { fieldName } from '../schema/describe-issues';
import { sharedReplyFormat, sharedReplySchema, type SharedReply } from './shared-reply-schema';

/** Ten variants and an entry fit in well under 200 KB; 1 MB leaves room and stops a hostile file early. */
export const defaultSharedReplyMaxBytes = 1024 * 1024;

export type SharedReplyProblem = 'too-large' | 'not-json' | 'not-a-shared-reply' | 'invalid';

export type SharedReplyReading = { ok: true; reply: SharedReply } | { ok: false; problem: SharedReplyProblem; message: string };

/**
 * Reads a shared reply file from an ally with the same guards as a library bundle (size, encoding,
 * nesting, prototype keys), then validates every field. Never throws.
 */
export function readSharedReply(text: string, { maxBytes = defaultSharedReplyMaxBytes }: { maxBytes?: number } = {}): SharedReplyReading {
  try {
    if (typeof text !== 'string') return { ok: false, problem: 'not-json', message: 'The shared reply is not text. Nothing was opened.' };
    const parsed = parseUntrustedJson(text, {
      subject: { what: 'sharedReply' },
      maxBytes,
      consequence: 'opened',
      describePath: (path) => fieldName(path),
    });
    if (!parsed.ok) {
      const problem =
        parsed.problem === 'too-large'
          ? 'too-large'
          : parsed.problem === 'not-json' || parsed.problem === 'not-utf8'
            ? 'not-json'
            : 'invalid';
      return { ok: false, problem, message: parsed.message };
    }
    const value = parsed.value;
    if (!isObject(value) || value.format !== sharedReplyFormat) {
      const isBundle = isObject(value) && (value.format === bundleFormat || value.format === signedBundleFormat);
      const hint = isBundle ? ' It is a library bundle: import it into the library instead.' : '';
      return {
        ok: false,
        problem: 'not-a-shared-reply',
        message: `This is not a Fact Sandwich shared reply (it has no "format": "${sharedReplyFormat}").${hint}`,
      };
    }
    const result = sharedReplySchema.safeParse(value);
    if (result.success) return { ok: true, reply: result.data };
    const problems = describeIssues(result.error.issues, (path) => fieldName(path) || '(top level)');
    return { ok: false, problem: 'invalid', message: `The shared reply is not valid, so it was not opened:\n${problems}` };
  } catch (error) {
    return {
      ok: false,
      problem: 'invalid',
      message: `The shared reply could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was opened.`,
    };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
