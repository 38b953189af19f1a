import { z } from 'zod';
import { sectionIds, type SectionId } from '../../schema/draft';
import { sectionLabels } from '../../language/section-labels';

/**
 * A guard against runaway output, not the channel's limit: the linter judges length against the
 * channel, and e-mail has none. A section this long means the model lost its way.
 */
export const modelSectionMaxLength = 3000;

const sectionName = (id: SectionId) => sectionLabels[id].toLowerCase();

function sectionSchema(id: SectionId, description: string) {
  const name = sectionName(id);
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `The model's answer has no ${name} section` : `The model's ${name} section is not text`,
    })
    .trim()
    .min(1, `The model's ${name} section is empty`)
    .max(modelSectionMaxLength, `The model's ${name} section is longer than ${modelSectionMaxLength.toLocaleString('en')} characters`)
    .describe(description);
}

/** What the model must answer: the four sections of the sandwich, each as plain text. */
export const modelDraftSchema = z.strictObject({
  fact: sectionSchema('fact', 'The fact, first, in a few clear words.'),
  myth: sectionSchema('myth', 'A warning that a myth follows, then the myth once, briefly, in neutral words.'),
  explanation: sectionSchema('explanation', 'How the myth misleads (the technique) and the alternative explanation.'),
  factAgain: sectionSchema('factAgain', 'The fact again, with its source, ending with the sign-off if there is one.'),
});
export type ModelDraft = z.infer<typeof modelDraftSchema>;

/**
 * The same shape as JSON Schema, for `response_format: json_schema` in strict mode: every key
 * required, no others. Length bounds and `$schema` are left out because OpenAI's strict mode
 * accepts only a subset of JSON Schema and rejects the whole request over an unknown keyword;
 * the bounds are checked when the answer is parsed.
 */
export const modelDraftJsonSchema: Record<string, unknown> = withoutKeys(
  z.toJSONSchema(modelDraftSchema),
  new Set(['$schema', 'minLength', 'maxLength']),
);

export const modelResponseFormat = {
  type: 'json_schema',
  json_schema: { name: 'fact_sandwich', strict: true, schema: modelDraftJsonSchema },
} as const;

/**
 * The section a key names. Models without schema support write "fact_again", "Fact Again" or
 * "FACT-AGAIN" as often as "factAgain"; the meaning is the same, so the answer is not lost.
 */
export function sectionForKey(key: string): SectionId | undefined {
  const plain = key.replace(/[\s_-]/g, '').toLowerCase();
  return sectionIds.find((id) => id.toLowerCase() === plain);
}

function withoutKeys(value: unknown, keys: Set<string>): Record<string, unknown> {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key]) => !keys.has(key))
        .map(([key, child]) => [key, strip(child)]),
    );
  };
  return strip(value) as Record<string, unknown>;
}
