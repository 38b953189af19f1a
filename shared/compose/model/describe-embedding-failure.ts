import { EmbeddingAnswerError, type EmbeddingServer } from '../../match/semantic/embed-texts';
import { describeModelFailure, hostOf } from './model-problems';

/**
 * "Semantic matching is unavailable: the server at 127.0.0.1:11434 had an internal error (500);
 * showing word matches." The reason is the first sentence of what a failed model draft is told,
 * so both name a problem the same way. Undefined when the request was cancelled (a new post, a
 * closed panel): nothing failed.
 */
export function describeEmbeddingFailure(
  error: unknown,
  server: Pick<EmbeddingServer, 'baseUrl' | 'model' | 'timeoutMs'>,
): string | undefined {
  if (error instanceof EmbeddingAnswerError) return note(`${error.message} (${hostOf(server.baseUrl)})`);
  const failure = describeModelFailure(error, { baseUrl: server.baseUrl, model: server.model, timeoutMs: server.timeoutMs ?? 30_000 });
  if (failure.problem === 'cancelled') return undefined;
  // Sentences end in ". " or at the end; "127.0.0.1" and "gpt-4.1" do not end one.
  const firstSentence = failure.message.split(/\.(?:\s|$)/)[0]!.trim();
  return note(firstSentence);
}

const note = (reason: string) =>
  `Semantic matching is unavailable: ${reason.charAt(0).toLocaleLowerCase()}${reason.slice(1)}; showing word matches.`;
