import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../../tests/support/fake-openai-server';
import { openDatabase, type FactSandwichDatabase } from '../../db';
import { isStopword, stem } from '../../language';
import { tokenize } from '../../language/tokenize';
import { assembleLibrary } from '../../library/assemble-library';
import { readLibraryFolder } from '../../library/read-library-folder';
import type { Entry, ModelSettings } from '../../schema';
import { matchesToOffer } from '../matches-to-offer';
import { mythWordingsOf } from './entry-vectors';
import { isSemanticMatchingOn, semanticMatchesToOffer } from './semantic-matches';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const starter = assembled.bundle.entries;

// A paraphrase of "Undocumented immigrants in the US do not pay taxes" in none of its words.
const paraphrase = 'Residents without legal status hand no revenue to the government';
const taxes = 'us-undocumented-taxes';

/** The content words of a text, as stems: what the word matcher could match on. */
const contentStems = (text: string) =>
  new Set(
    tokenize(text)
      .filter((token) => !isStopword(token.folded, 'en'))
      .flatMap((token) => [token.folded, stem(token.folded, 'en')]),
  );

let server: FakeOpenAiServer;
let indexedDB: IDBFactory;
let db: FactSandwichDatabase;
let settings: ModelSettings;
beforeEach(async () => {
  server = await startFakeOpenAiServer();
  indexedDB = new IDBFactory();
  db = openDatabase('semantic', { indexedDB, IDBKeyRange });
  settings = { baseUrl: server.baseUrl, model: '', apiKey: '', embeddingModel: 'nomic-embed-text' };
});
afterEach(async () => {
  db.close();
  await server.close();
});

const ids = (matches: { entry: Entry }[]) => matches.map((match) => match.entry.id);

describe('matching a post by meaning as well as by words', () => {
  it('finds the entry a paraphrase means, though it shares no word with the entry’s myth wording', async () => {
    const wordings = mythWordingsOf(starter.find((entry) => entry.id === taxes)!);
    const shared = [...contentStems(paraphrase)].filter((word) => wordings.some((wording) => contentStems(wording).has(word)));
    expect(shared).toEqual([]);
    expect(ids(matchesToOffer(paraphrase, starter).all)).not.toContain(taxes);

    const offer = await semanticMatchesToOffer(paraphrase, starter, { settings, db });
    expect(ids(offer.vetted)[0]).toBe(taxes);
    expect(offer.vetted[0]).toMatchObject({
      reasons: { terms: [] },
      meaning: { wording: "I pay taxes so illegals don't have to" },
    });
    expect(offer.vetted[0]!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(offer.vetted[0]!.confidence).toBeLessThanOrEqual(0.8);
  });

  it('keeps the word matches first when the words already say it', async () => {
    const post = 'They get 4 star hotels and free iPhones #StopTheBoats';
    const words = matchesToOffer(post, starter);
    const offer = await semanticMatchesToOffer(post, starter, { settings, db });
    expect(ids(offer.vetted)[0]).toBe(ids(words.vetted)[0]);
    expect(offer.vetted[0]!.reasons).toEqual(words.vetted[0]!.reasons);
  });

  it('offers nothing by meaning for a post about something else', async () => {
    const offer = await semanticMatchesToOffer('Train cancelled AGAIN, third time this week', starter, { settings, db });
    expect(offer).toEqual({ vetted: [], all: [] });
  });

  it('sends the library once per model, the post once per text, and keeps the vectors across sessions', async () => {
    await semanticMatchesToOffer(paraphrase, starter, { settings, db });
    const first = server.embeddingRequests.length;
    const sent = server.embeddingRequests.flatMap((request) => request.body.input as string[]);
    const wordings = starter.flatMap(mythWordingsOf);
    expect(sent).toEqual([paraphrase, ...wordings]);

    await semanticMatchesToOffer(paraphrase, starter, { settings, db });
    expect(server.embeddingRequests.length).toBe(first); // the same post: nothing sent

    db.close();
    db = openDatabase('semantic', { indexedDB, IDBKeyRange });
    await semanticMatchesToOffer('Foreigners never chip in to the public purse', starter, { settings, db });
    expect(server.embeddingRequests.slice(first).map((request) => request.body.input)).toEqual([
      ['Foreigners never chip in to the public purse'],
    ]);

    // An edited entry is embedded again, alone; another model embeds everything again.
    const edited = starter.map((entry) =>
      entry.id === taxes
        ? { ...entry, myth: { ...entry.myth, phrasings: [...entry.myth.phrasings, 'they never pay their share'] } }
        : entry,
    );
    await semanticMatchesToOffer(paraphrase, edited, { settings, db });
    expect(server.embeddingRequests.at(-1)!.body.input).toEqual(mythWordingsOf(edited.find((entry) => entry.id === taxes)!));
  });

  it('offers drafts and entries in review only on request, and retired entries never', async () => {
    const library = starter.map((entry) => (entry.id === taxes ? { ...entry, status: 'in-review' as const } : entry));
    const offer = await semanticMatchesToOffer(paraphrase, library, { settings, db });
    expect(ids(offer.vetted)).not.toContain(taxes);
    expect(ids(offer.all)[0]).toBe(taxes);
    const retired = starter.map((entry) => (entry.id === taxes ? { ...entry, status: 'retired' as const } : entry));
    expect(ids((await semanticMatchesToOffer(paraphrase, retired, { settings, db })).all)).not.toContain(taxes);
  });

  it('is off until Settings name a server and an embedding model', () => {
    expect(isSemanticMatchingOn({ baseUrl: server.baseUrl, embeddingModel: '' })).toBe(false);
    expect(isSemanticMatchingOn({ baseUrl: '', embeddingModel: 'nomic-embed-text' })).toBe(false);
    expect(isSemanticMatchingOn(settings)).toBe(true);
  });
});
