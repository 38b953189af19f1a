import { describeIssue } from '../../schema/describe-issues';
import type { Sandwich } from '../../schema/draft';
import { modelDraftSchema, sectionForKey } from './model-draft-schema';

export type ModelAnswer = { ok: true; sections: Sandwich } | { ok: false; problem: 'invalid-json' | 'schema-mismatch'; message: string };

/**
 * Reads the model's whole answer. Tolerant of what models wrap around JSON (a ```json fence, a
 * sentence before or after) and of how they spell the keys, strict about what matters: four
 * sections, each non-empty text. A failure names the section that is missing or wrong.
 */
export function parseModelAnswer(answer: string): ModelAnswer {
  if (answer.trim() === '') return { ok: false, problem: 'invalid-json', message: "The model's answer is empty" };
  const start = answer.indexOf('{');
  const end = answer.lastIndexOf('}');
  if (start < 0) return { ok: false, problem: 'invalid-json', message: "The model's answer has no JSON object in it" };
  if (end < start) return { ok: false, problem: 'invalid-json', message: "The model's answer ends before its JSON object does" };

  let value: unknown;
  try {
    value = JSON.parse(answer.slice(start, end + 1));
  } catch {
    return { ok: false, problem: 'invalid-json', message: "The model's answer is not valid JSON" };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: 'schema-mismatch', message: "The model's answer is not an object with the four sections" };
  }

  const named: Record<string, unknown> = {};
  for (const [key, section] of Object.entries(value)) {
    const id = sectionForKey(key);
    if (id) named[id] = section; // other keys (notes, sources…) are not part of the draft
  }
  const parsed = modelDraftSchema.safeParse(named);
  if (!parsed.success)
    return { ok: false, problem: 'schema-mismatch', message: parsed.error.issues.map((issue) => describeIssue(issue)).join('; ') };
  return { ok: true, sections: parsed.data };
}
