import { z } from 'zod';
import { webUrlSchema } from './primitives';

/**
 * Where the optional language model lives: any OpenAI-compatible server, hosted
 * (https://api.openai.com/v1) or local (http://127.0.0.1:11434/v1, Ollama). Empty means "not
 * configured": the template composer drafts without a model.
 */
export const modelServerUrlSchema = z
  .string()
  .trim()
  .max(2000, 'keep the URL to 2,000 characters')
  .refine(
    (url) => url === '' || webUrlSchema.safeParse(url).success,
    'must be a full http(s) URL, like https://api.openai.com/v1, or left empty',
  );

export const modelSettingsSchema = z.strictObject({
  baseUrl: modelServerUrlSchema.default(''),
  model: z.string().trim().max(200, 'keep the model name to 200 characters').default(''),
  // Local servers need no key, so empty is allowed. Trimmed: a pasted key often carries a newline.
  apiKey: z.string().trim().max(500, 'keep the API key to 500 characters').default(''),
  /**
   * The same server's embeddings model, for matching posts by meaning as well as by words
   * (shared/match/semantic). Empty means off: matching stays lexical and offline.
   */
  embeddingModel: z.string().trim().max(200, 'keep the embedding model name to 200 characters').default(''),
});
export type ModelSettings = z.infer<typeof modelSettingsSchema>;
