import { z } from 'zod';
import { webUrlSchema } from './primitives';
import { fieldMessage } from './field-reasons';

// The API key travels in every request's Authorization header: plain http would send it in clear
// text across the network, so http is allowed only to a server on this machine (issue 19).
const thisMachine = new Set(['localhost', '127.0.0.1', '[::1]']);

function isHttpsOrThisMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'https:' || thisMachine.has(hostname);
}

/**
 * Where the optional language model lives: any OpenAI-compatible server, hosted
 * (https://api.openai.com/v1) or local (http://127.0.0.1:11434/v1, Ollama). Empty means "not
 * configured": the template composer drafts without a model.
 */
export const modelServerUrlSchema = z
  .string()
  .trim()
  .max(2000, fieldMessage('modelUrlLength'))
  .superRefine((url, context) => {
    if (url === '') return;
    // One message per problem: the https check runs only on a URL that parsed.
    if (!webUrlSchema.safeParse(url).success) {
      context.addIssue({ code: 'custom', message: fieldMessage('modelUrl') });
    } else if (!isHttpsOrThisMachine(url)) {
      context.addIssue({
        code: 'custom',
        message: fieldMessage('modelUrlHttps'),
      });
    }
  });

export const modelSettingsSchema = z.strictObject({
  baseUrl: modelServerUrlSchema.default(''),
  model: z.string().trim().max(200, fieldMessage('modelName')).default(''),
  // Local servers need no key, so empty is allowed. Trimmed: a pasted key often carries a newline.
  apiKey: z.string().trim().max(500, fieldMessage('apiKey')).default(''),
  /**
   * The same server's embeddings model, for matching posts by meaning as well as by words
   * (shared/match/semantic). Empty means off: matching stays lexical and offline.
   */
  embeddingModel: z.string().trim().max(200, fieldMessage('embeddingModel')).default(''),
});
export type ModelSettings = z.infer<typeof modelSettingsSchema>;
