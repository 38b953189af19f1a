import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import {
  sandwichJson,
  startFakeOpenAiServer,
  type FakeOpenAiServer,
  type ScriptedResponse,
} from '../../../../tests/support/fake-openai-server';
import { starterRequest } from '../../../../tests/support/starter-request';
import type { Sandwich } from '../../../schema/draft';
import { composeTemplateDraft } from '../../compose-template-draft';
import { composeWithModel, type ComposeWithModelOptions } from '../compose-with-model';
import { modelOutcomeSchema, type ModelOutcome } from '../model-outcome';

// Every test talks to a real OpenAI-compatible server over HTTP and server-sent events, through
// the real SDK: nothing of ours and nothing of the SDK's is mocked.

export const request = starterRequest('mastodon');
export const good: Sandwich = composeTemplateDraft(request).sections;
export const invented: Sandwich = {
  ...good,
  factAgain: 'UK asylum support is £9,999 a week. Source: Full Fact\n— City council communications team',
};
export const apiKey = 'sk-test-7f3a';
export { sandwichJson };

/** Starts one local model server for the test file, empties its request log before each test. */
export function fakeModelServerPerTest() {
  let server: FakeOpenAiServer;
  beforeAll(async () => {
    server = await startFakeOpenAiServer();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });
  return {
    get server() {
      return server;
    },
    async draft(options: Partial<ComposeWithModelOptions> = {}, ...responses: ScriptedResponse[]): Promise<ModelOutcome> {
      server.script(...responses);
      const outcome = await composeWithModel(request, {
        settings: { baseUrl: server.baseUrl, model: 'local-test-model', apiKey },
        ...options,
      });
      // Whatever happened, the outcome is one the extension's pages would accept from the background.
      expect(modelOutcomeSchema.safeParse(outcome).success).toBe(true);
      return outcome;
    },
  };
}

export const errorsOf = (outcome: ModelOutcome) =>
  'findings' in outcome ? outcome.findings.filter((finding) => finding.severity === 'error') : [];
