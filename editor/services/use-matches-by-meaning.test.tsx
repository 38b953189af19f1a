// @vitest-environment jsdom
import { act, useMemo, useState } from 'react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import { openDatabase, saveSettings } from '../../shared/db';
import { matchesToOffer } from '../../shared/match';
import { entrySchema } from '../../shared/schema';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../tests/support/fake-openai-server';
import { renderWithDatabase, waitFor } from '../settings/testing/render-with-database';
import { useMatchesWithMeaning, type MatchesWithMeaning } from './use-matches-by-meaning';

const entries = starter.entries.map((entry) => entrySchema.parse(entry));
const paraphrase = 'Residents without legal status hand no revenue to the government';
const hotels = 'They get 4 star hotels and free iPhones #StopTheBoats';

let server: FakeOpenAiServer;
let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;
let seen: { text: string; result: MatchesWithMeaning }[] = [];
beforeEach(async () => {
  server = await startFakeOpenAiServer();
});
afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  seen = [];
  await server.close();
});

function Matches({ text }: { text: string }) {
  const words = useMemo(() => matchesToOffer(text, entries), [text]);
  seen.push({ text, result: useMatchesWithMeaning(text, entries, words) });
  return null;
}

/** The post changes while the panel is open, as a new capture does. */
let changeText: (text: string) => void = () => {};
function ChangingMatches({ first }: { first: string }) {
  const [text, setText] = useState(first);
  changeText = setText;
  return <Matches text={text} />;
}

async function setUp(embeddingModel: string) {
  const db = openDatabase();
  await saveSettings(db, { model: { baseUrl: server.baseUrl, model: '', apiKey: '', embeddingModel } });
  db.close();
}

const ids = (result: MatchesWithMeaning) => result.matches.vetted.map((match) => match.entry.id);
const last = () => seen.at(-1)?.result ?? { matches: { vetted: [], all: [] }, lookingByMeaning: false };

it('shows the word matches at once, then the matches by meaning when they arrive', async () => {
  await setUp('nomic-embed-text');
  rendered = await renderWithDatabase(<Matches text={hotels} />);
  await waitFor(() => last().lookingByMeaning, 'the request to start');
  expect(ids(last())).toEqual(ids({ matches: matchesToOffer(hotels, entries), lookingByMeaning: false }));
  await waitFor(() => !last().lookingByMeaning, 'the answer');
  expect(last().note).toBeUndefined();
  expect(ids(last())[0]).toBe('asylum-luxury-support');
  expect(server.embeddingRequests[0]!.body.input).toEqual([hotels]);
});

it('finds by meaning what no word finds, and a new text takes over from the request under way, silently', async () => {
  await setUp('nomic-embed-text');
  server.failEmbeddings({ kind: 'hang' });
  rendered = await renderWithDatabase(<ChangingMatches first={hotels} />);
  await waitFor(() => server.embeddingRequests.length === 1, 'the first request');
  server.failEmbeddings();
  act(() => changeText(paraphrase));
  await waitFor(() => seen.at(-1)!.text === paraphrase && ids(last())[0] === 'us-undocumented-taxes', 'the answer for the new text');
  expect(last().lookingByMeaning).toBe(false);
  // Found by meaning alone: the reason is one of the entry's own wordings, the closest in meaning.
  const taxes = entries.find((entry) => entry.id === 'us-undocumented-taxes')!;
  const wordings = [
    taxes.myth.statement,
    ...Object.values(taxes.translations).map((translation) => translation?.myth),
    ...taxes.myth.phrasings,
  ];
  expect(wordings).toContain(last().matches.vetted[0]!.meaning?.wording);
  expect(seen.every(({ result }) => result.note === undefined)).toBe(true);
});

it('keeps the word matches and says why when the server fails', async () => {
  await setUp('nomic-embed-text');
  server.failEmbeddings({ kind: 'json', status: 503, body: { error: { message: 'loading model' } } });
  rendered = await renderWithDatabase(<Matches text={hotels} />);
  await waitFor(() => last().note, 'the note');
  expect(last().note).toBe(
    `Semantic matching is unavailable: the server at 127.0.0.1:${server.port} is unavailable or overloaded (503); showing word matches.`,
  );
  expect(ids(last())).toEqual(matchesToOffer(hotels, entries).vetted.map((match) => match.entry.id));
});

it('asks nothing without an embedding model', async () => {
  await setUp('');
  rendered = await renderWithDatabase(<Matches text={paraphrase} />);
  await waitFor(() => seen.length > 1, 'the settings to load');
  expect(last()).toEqual({ matches: { vetted: [], all: [] }, lookingByMeaning: false });
  expect(server.embeddingRequests).toHaveLength(0);
});
