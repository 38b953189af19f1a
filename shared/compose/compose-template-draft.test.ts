import { describe, expect, it } from 'vitest';
import { countForChannel } from '../channels';
import { sandwichToText } from '../channels/sandwich-text';
import { assembleLibrary } from '../library/assemble-library';
import { readLibraryFolder } from '../library/read-library-folder';
import { lintSandwich } from '../lint/lint-sandwich';
import { findFigures, isBackedBy } from '../language/figures';
import type { Audience } from '../schema/audience';
import { channelIdSchema, type ChannelId } from '../schema/channel';
import { sectionIds } from '../schema/draft';
import { entrySchema, type Entry } from '../schema/entry';
import { spokespersonSchema } from '../schema/spokesperson';
import { composeTemplateDraft } from './compose-template-draft';
import { composedDraftSchema, type ComposedDraft } from './composer';
import { draftableLanguages } from './draft-language';
import { draftPhrases } from './draft-phrases';

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) throw new Error('the starter library must be valid');
const { entries, audiences, spokespeople } = assembled.bundle;
const channels = channelIdSchema.options;
const byId = <T extends { id: string }>(items: readonly T[], id: string) => items.find((item) => item.id === id)!;
const entry = (id: string) => byId(entries, id);
const councilTeam = byId(spokespeople, 'city-communications');
/** The messenger a team would pick: one the audience trusts, else the council's own team. */
const spokespersonFor = (audience?: Audience) =>
  spokespeople.find((person) => audience && person.trustedBy.includes(audience.id)) ?? councilTeam;

/** The entry as it was before short forms: what the four sizes and threads are tested with. */
const withoutShort = (subject: Entry) => entrySchema.parse({ ...subject, short: undefined });

/** Findings a template draft may carry: advice that depends on the entry's own sentences. */
const advisory = new Set(['readability', 'fact-truncation']);

/** Everything wrong with a draft, linted as it is offered: one post (a reply), or a thread whose every post must fit. */
function problemsWith(draft: ComposedDraft, subject: Entry, channel: ChannelId, audience?: Audience): string[] {
  const problems: string[] = [];
  const context = {
    entry: subject,
    channel,
    language: draft.language,
    format: draft.fitsChannel ? 'reply' : 'thread',
    ...(audience ? { audience } : {}),
  } as const;
  for (const diagnostic of lintSandwich(draft.sections, context)) {
    if (advisory.has(diagnostic.ruleId) && diagnostic.severity !== 'error') continue;
    problems.push(`${diagnostic.ruleId} (${diagnostic.severity}) in ${diagnostic.section}: ${diagnostic.message}`);
  }
  const posts = draft.fitsChannel ? [sandwichToText(draft.sections).text] : (draft.thread ?? []);
  if (posts.length === 0) problems.push('a draft that does not fit must come with a thread');
  for (const post of posts) if (countForChannel(post, channel).over) problems.push(`too long for ${channel}: ${post.slice(0, 40)}…`);
  if (draft.thread) problems.push(...threadProblems(draft));
  problems.push(...unsourcedFigures(draft, subject), ...mythProblems(draft, subject));
  return problems;
}

/** Numbered "1/n …", and together the same words as the sections, in sandwich order. */
function threadProblems(draft: ComposedDraft): string[] {
  const thread = draft.thread!;
  const problems = thread.flatMap((post, index) =>
    post.startsWith(`${index + 1}/${thread.length} `) ? [] : [`post ${index + 1} is not numbered`],
  );
  const flat = (text: string) => text.replace(/ …/g, '').replace(/\s+/g, ' ').trim();
  const joined = flat(thread.map((post) => post.replace(/^\d+\/\d+ /, '')).join(' '));
  if (joined !== flat(sectionIds.map((id) => draft.sections[id]).join(' ')))
    problems.push('the thread does not say the sections, in order');
  return problems;
}

/** Every figure comes from the entry (the myth section may also use the myth's own). */
function unsourcedFigures(draft: ComposedDraft, subject: Entry): string[] {
  const values = (texts: (string | undefined)[]) =>
    texts.flatMap((text) => (text ? findFigures(text).flatMap((figure) => figure.values) : []));
  const translations = Object.values(subject.translations);
  const backed = values([
    subject.fact,
    subject.explanation.text,
    ...subject.audienceAngles.map((angle) => angle.angle),
    ...translations.flatMap((t) => [t?.fact, t?.explanation]),
    ...subject.sources.flatMap((source) => [source.quote, String(source.year)]),
  ]);
  const mythValues = [...backed, ...values([subject.myth.statement, ...translations.map((t) => t?.myth)])];
  return sectionIds.flatMap((id) =>
    findFigures(
      draft.sections[id],
      [...draft.sections[id].matchAll(/https?:\/\/\S+/g)].map((link) => ({ start: link.index, end: link.index + link[0].length })),
    )
      .filter((figure) => !isBackedBy(figure, id === 'myth' ? mythValues : backed))
      .map((figure) => `figure ${figure.text} in ${id} is not in the entry`),
  );
}

/**
 * The myth section is a warning and the neutral statement (or the short form's myth in the
 * draft's language): never a circulating phrasing (a few phrasings are word for word part of the
 * statement itself; those are the statement's words).
 */
function mythProblems(draft: ComposedDraft, subject: Entry): string[] {
  const myth = draft.sections.myth.toLocaleLowerCase();
  const ownLanguage = draft.language === subject.language;
  const translation = ownLanguage ? undefined : subject.translations[draft.language]!;
  const short = ownLanguage ? subject.short : translation!.short;
  const statements = [translation ? translation.myth! : subject.myth.statement, ...(short ? [short.myth] : [])].map((text) =>
    text.trim().toLocaleLowerCase(),
  );
  const problems = subject.myth.phrasings
    .map((phrasing) => phrasing.toLocaleLowerCase())
    .filter((phrasing) => myth.includes(phrasing) && !statements.some((statement) => statement.includes(phrasing)))
    .map((phrasing) => `the myth repeats the phrasing “${phrasing}”`);
  if (!statements.some((statement) => myth.endsWith(statement.slice(1))))
    problems.push('the myth section does not end with the entry’s statement');
  return problems;
}

describe('composeTemplateDraft over the starter library', () => {
  // Every entry × every audience (and none) × every channel: about 1,600 drafts.
  // Linted as offered: a draft that fits as one reply, a thread as a thread (every post must fit).
  it.each(entries.map((subject) => [subject.id, subject] as const))(
    '%s: lint-clean for every audience and channel, fitting or threaded',
    (_id, subject) => {
      for (const audience of [undefined, ...audiences]) {
        for (const channel of channels) {
          const draft = composeTemplateDraft({
            entry: subject,
            channel,
            spokesperson: spokespersonFor(audience),
            ...(audience ? { audience } : {}),
          });
          expect(composedDraftSchema.parse(draft)).toEqual(draft);
          expect(problemsWith(draft, subject, channel, audience), `${audience?.id ?? 'no audience'} on ${channel}`).toEqual([]);
        }
      }
    },
  );

  // Complete translations only: one of the myth alone (issue 17) is for matching, not drafting.
  const translated = entries.flatMap((subject) =>
    draftableLanguages(subject)
      .filter((language) => language !== subject.language)
      .map((language) => [`${subject.id} (${language})`, subject, language] as const),
  );
  it.each(translated)('%s: drafted in that language, lint-clean on every channel', (_name, subject, language) => {
    const translation = subject.translations[language]!;
    for (const channel of channels) {
      const draft = composeTemplateDraft({ entry: subject, channel, language, spokesperson: councilTeam });
      expect(draft.language).toBe(language);
      expect(problemsWith(draft, subject, channel), channel).toEqual([]);
      // The translation's own short form, where it is the draft (short-sandwich.test.ts checks it in detail).
      if (translation.short && draft.sections.fact === translation.short.fact.trim()) continue;
      expect(draft.sections.fact).toBe(translation.fact!.trim().slice(0, draft.sections.fact.length));
      expect(
        draft.sections.explanation.startsWith(
          draftPhrases[language].techniqueIntro(draftPhrases[language].techniques[subject.explanation.technique]),
        ) ||
          draft.sections.explanation.startsWith(
            draftPhrases[language].techniqueSentence(draftPhrases[language].techniques[subject.explanation.technique]),
          ),
      ).toBe(true);
      expect(draft.sections.factAgain).toContain(draftPhrases[language].sourceLabel.trim());
    }
  });

  // Short forms are written so that the sandwich fits one post on X and Bluesky.
  const withShortForm = entries.filter((subject) => subject.short).map((subject) => [subject.id, subject] as const);
  it.runIf(withShortForm.length > 0).each(withShortForm)('%s: one post on X and Bluesky, from its short form', (_id, subject) => {
    for (const channel of ['x', 'bluesky'] as const) {
      const draft = composeTemplateDraft({ entry: subject, channel, spokesperson: councilTeam });
      expect(draft.fitsChannel, channel).toBe(true);
      expect(draft.sections.fact, channel).toBe(subject.short!.fact.trim());
    }
  });
});

describe('composeTemplateDraft', () => {
  const asylum = entry('asylum-luxury-support');

  it.each([
    [
      'fr',
      "Une rumeur prétend que les demandeurs d'asile seraient logés dans des hôtels de luxe",
      "Le procédé, c'est la sélection partiale des faits : le message isole",
      'Source : Full Fact',
    ],
    [
      'de',
      'Ein verbreiteter Mythos lautet: Asylbewerber bekämen Luxushotels',
      'Der Trick ist Rosinenpickerei: Der Beitrag greift Hotels und Handys heraus',
      'Quelle: Full Fact',
    ],
    [
      'es',
      'Circula el bulo de que los solicitantes de asilo recibirían hoteles de lujo',
      'El truco es la selección interesada de datos: el mensaje escoge',
      'Fuente: Full Fact',
    ],
  ] as const)('writes a %s draft from the translation, in the language’s own words', (language, myth, explanation, source) => {
    const draft = composeTemplateDraft({ entry: asylum, language, channel: 'email' });
    expect(draft.language).toBe(language);
    expect(draft.sections.fact).toBe(asylum.translations[language]!.fact);
    expect(draft.sections.myth).toContain(myth);
    expect(draft.sections.explanation).toContain(explanation);
    expect(draft.sections.factAgain).toContain(source);
    expect(draft.notes.join(' ')).not.toContain('translation');
  });

  it('writes Italian where the entry has an Italian translation', () => {
    const draft = composeTemplateDraft({ entry: entry('uk-social-housing-priority'), language: 'it', channel: 'linkedin' });
    expect(draft.language).toBe('it');
    expect(draft.sections.myth).toMatch(/^Circola la voce infondata che gli immigrati passerebbero davanti/);
    expect(draft.sections.explanation).toMatch(/^Il trucco è la selezione di comodo dei dati: il messaggio generalizza/);
    expect(draft.sections.factAgain).toContain('Fonte: Logically Facts');
  });

  it('falls back to the entry’s own language when there is no translation, and says so', () => {
    const draft = composeTemplateDraft({ entry: entry('uk-immigrants-take-jobs'), language: 'pl', channel: 'email' });
    expect(draft.language).toBe('en');
    expect(draft.sections.myth).toMatch(/^A common myth claims that migrants take jobs/);
    expect(draft.notes[0]).toBe(
      "This entry has no Polski (pl) translation yet, so the draft is in English (en), the entry's own language.",
    );
    // A translation of the myth alone (issue 17: for matching French posts) is not enough to draft in.
    const mythOnly = composeTemplateDraft({ entry: entry('uk-immigrants-take-jobs'), language: 'fr', channel: 'email' });
    expect(mythOnly.language).toBe('en');
    expect(mythOnly.sections.myth).toMatch(/^A common myth claims that migrants take jobs/);
    expect(mythOnly.notes[0]).toMatch(/^The Français \(fr\) translation of this entry is incomplete/);
  });

  it('is deterministic: the same request gives the same draft', () => {
    for (const channel of channels) {
      const request = { entry: asylum, channel, audience: byId(audiences, 'older-residents'), spokesperson: councilTeam, humour: true };
      expect(composeTemplateDraft(structuredClone(request))).toEqual(composeTemplateDraft(request));
    }
  });

  it('ends the fact again with the spokesperson’s sign-off, in the thread too, and without one adds none', () => {
    const head = byId(spokespeople, 'head-teacher');
    for (const channel of ['email', 'x'] as const) {
      const draft = composeTemplateDraft({
        entry: withoutShort(entry('england-migrant-pupils-lower-results')),
        channel,
        spokesperson: head,
      });
      expect(draft.sections.factAgain.endsWith(`\n${head.signOff}`)).toBe(true);
      if (draft.thread) expect(draft.thread.at(-1)!.endsWith(head.signOff)).toBe(true);
    }
    expect(composeTemplateDraft({ entry: asylum, channel: 'email' }).sections.factAgain).not.toContain('—');
  });

  it('opens with the fact and cites the source with its link when there is room', () => {
    const draft = composeTemplateDraft({ entry: entry('refugees-mostly-hosted-in-poorer-countries'), channel: 'email' });
    expect(draft.sections.fact).toBe(entry('refugees-mostly-hosted-in-poorer-countries').fact);
    expect(draft.sections.factAgain).toContain('Source: UNHCR, 2024, https://www.unhcr.org/');
    expect(draft.fitsChannel).toBe(true);
    expect(draft.thread).toBeUndefined();
  });

  it('names the technique and the entry’s fallacy, gives the cause, keeps at most three points and leaves caveats and guidance to the notes', () => {
    const draft = composeTemplateDraft({ entry: asylum, channel: 'email' });
    expect(draft.sections.explanation).toBe(
      'The trick is cherry picking (misrepresentation): the post picks out hotel stays and phones and presents them as a lifestyle. ' +
        'In fact, people waiting for an asylum decision are not allowed to work, so the Home Office must house them; hotels are emergency housing used when other housing runs out. ' +
        'The cash is a small weekly allowance for food and essentials, far below any benefit rate.',
    );
    expect(draft.notes).toEqual(
      expect.arrayContaining([
        'For you, not for the post — a limit of the evidence: The weekly rates were set in February 2024 and change when the Home Office updates them.',
        'For you, not for the post — how to use this entry: Check the current Home Office figure before quoting the rates.',
      ]),
    );
  });

  it('uses the audience’s angle and says so', () => {
    const audience = byId(audiences, 'local-workers');
    const draft = composeTemplateDraft({
      entry: entry('uk-immigration-health-surcharge'),
      channel: 'linkedin',
      audience,
      spokesperson: councilTeam,
    });
    const angle = entry('uk-immigration-health-surcharge').audienceAngles.find((candidate) => candidate.audience === audience.id)!.angle;
    expect([draft.sections.fact, draft.sections.factAgain].some((section) => section.includes(angle))).toBe(true);
    expect(draft.notes.join(' ')).toContain('angle for Local workers and jobseekers');
  });

  it('adds a light line only when asked, and only where there is room', () => {
    const plain = composeTemplateDraft({ entry: asylum, channel: 'email' });
    const light = composeTemplateDraft({ entry: asylum, channel: 'email', humour: true });
    const lines = draftPhrases.en.humour;
    expect(lines.some((line) => plain.sections.factAgain.includes(line))).toBe(false);
    expect(lines.filter((line) => light.sections.factAgain.includes(line))).toHaveLength(1);
    const short = composeTemplateDraft({ entry: asylum, channel: 'x', humour: true });
    expect(lines.some((line) => short.sections.factAgain.includes(line))).toBe(false);
    expect(short.notes).toContain('No light line was added: there was no room for it without weakening the sandwich.');
  });

  it('offers a numbered thread when even the compact draft is too long, never leaving the myth alone in a post', () => {
    const draft = composeTemplateDraft({ entry: withoutShort(entry('us-immigrant-crime-rates')), channel: 'x', spokesperson: councilTeam });
    expect(draft.fitsChannel).toBe(false);
    expect(draft.sections.myth).toMatch(/^Myth: /);
    const thread = draft.thread!;
    expect(thread.length).toBeGreaterThan(1);
    for (const post of thread) expect(countForChannel(post, 'x').over, post).toBe(false);
    expect(thread[0]!.startsWith(`1/${thread.length} In the US,`)).toBe(true);
    const mythPost = thread.find((post) => post.includes(draft.sections.myth))!;
    expect(mythPost.replace(/^\d+\/\d+ /, '').trim()).not.toBe(draft.sections.myth);
    expect(
      draft.notes.some(
        (note) =>
          note.startsWith(`Too long for one X post even when shortened (`) &&
          note.endsWith(`post it as a thread of ${thread.length}, in order.`),
      ),
    ).toBe(true);
  });

  it('fits a short entry into one X post, all four parts in order', () => {
    const short = smallEntry(asylum, 'short-asylum-example');
    const draft = composeTemplateDraft({ entry: short, channel: 'x', spokesperson: councilTeam });
    expect(draft.fitsChannel).toBe(true);
    expect(draft.thread).toBeUndefined();
    expect(countForChannel(sandwichToText(draft.sections).text, 'x').over).toBe(false);
    expect(problemsWith(draft, short, 'x')).toEqual([]);
  });
});

describe('composeTemplateDraft with an entry’s short form', () => {
  const asylum = entry('asylum-luxury-support');
  const short = {
    fact: 'UK asylum seekers get £49.18 a week to live on.',
    myth: 'they live in luxury.',
    explanation: 'Cherry-picking: hotels are used because other housing ran out.',
    factAgain: '£49.18 a week, says Full Fact.',
  };
  // A small entry of its own, so that these tests do not depend on the starter library's short forms.
  const small = smallEntry(asylum, 'short-form-example', short);
  const paragraphs = (draft: ComposedDraft) => sandwichToText(draft.sections).text.split('\n\n');

  it.each(['x', 'bluesky'] as const)(
    'is the draft on %s: exactly the four short parts, the myth after “Myth: ”, then the sign-off',
    (channel) => {
      const draft = composeTemplateDraft({ entry: small, channel, spokesperson: councilTeam });
      expect(draft.sections).toEqual({
        fact: short.fact,
        myth: `Myth: ${short.myth}`,
        explanation: short.explanation,
        factAgain: `${short.factAgain}\n${councilTeam.signOff}`,
      });
      expect(draft.fitsChannel).toBe(true);
      expect(draft.thread).toBeUndefined();
      expect(paragraphs(draft)).toHaveLength(4);
      expect(draft.notes[0]).toBe(
        `This is the entry's reviewed short form (its short fact, myth, explanation and fact again), written for ${channel === 'x' ? 'X' : 'Bluesky'}.`,
      );
      expect(problemsWith(draft, small, channel)).toEqual([]);
    },
  );

  it('leaves out a sign-off that does not fit, and says the account speaks for the organisation', () => {
    const longSignOff = `— ${'The communications and community relations team of the city council, '.repeat(2).trim()}`;
    const spokesperson = spokespersonSchema.parse({ ...councilTeam, signOff: longSignOff });
    const draft = composeTemplateDraft({ entry: small, channel: 'x', spokesperson });
    expect(draft.sections.factAgain).toBe(short.factAgain);
    expect(draft.fitsChannel).toBe(true);
    expect(draft.notes).toContain(
      `The sign-off “${longSignOff}” was left out so that the draft fits one X post: the account you post from speaks for the organisation.`,
    );
    expect(problemsWith(draft, small, 'x')).toEqual([]);
    // Where it fits, it stays: no note.
    const roomy = composeTemplateDraft({ entry: small, channel: 'bluesky', spokesperson: councilTeam });
    expect(roomy.notes.join(' ')).not.toContain('was left out');
  });

  it('says the short form has no audience angle, and adds no light line', () => {
    const audience = byId(audiences, 'older-residents');
    const draft = composeTemplateDraft({ entry: small, channel: 'x', audience, humour: true });
    expect(draft.sections.fact).toBe(short.fact);
    expect(draft.notes).toContain(`The entry's short form has no angle for ${audience.name}; it states the fact in general terms.`);
    expect(draft.notes).toContain('No light line was added: there was no room for it without weakening the sandwich.');
    expect(problemsWith(draft, small, 'x', audience)).toEqual([]);
  });

  it('is not used where a longer draft fits', () => {
    for (const channel of ['mastodon', 'linkedin', 'email'] as const) {
      const draft = composeTemplateDraft({ entry: small, channel, spokesperson: councilTeam });
      expect(draft.sections.fact, channel).toBe(small.fact);
      expect(draft.notes.join(' '), channel).not.toContain('short form');
    }
  });

  it('is used, before a thread, on any channel where no longer draft fits', () => {
    const jobs = withoutShort(entry('uk-immigrants-take-jobs'));
    expect(composeTemplateDraft({ entry: jobs, channel: 'mastodon' }).fitsChannel).toBe(false);
    const jobsShort = {
      fact: 'UK advisers found migrants have little or no effect on UK-born employment.',
      myth: 'migrants take jobs from British workers.',
      explanation: 'Lump of labour fallacy: jobs grow too, because newcomers spend wages.',
      factAgain: 'Little or no effect, says the Migration Advisory Committee.',
    };
    const withForm = entrySchema.parse({ ...jobs, short: jobsShort });
    for (const channel of ['mastodon', 'threads'] as const) {
      const draft = composeTemplateDraft({ entry: withForm, channel, spokesperson: councilTeam });
      expect(draft.fitsChannel, channel).toBe(true);
      expect(draft.sections.fact, channel).toBe(jobsShort.fact);
      expect(draft.sections.factAgain, channel).toBe(`${jobsShort.factAgain}\n${councilTeam.signOff}`);
      expect(draft.notes[0], channel).toContain(
        "This is the entry's reviewed short form (its short fact, myth, explanation and fact again), used because no longer draft fits ",
      );
      expect(problemsWith(draft, withForm, channel), channel).toEqual([]);
    }
  });

  it('is not used for a translated draft without its own short form: that becomes a thread, lint-clean as a thread', () => {
    const translations = Object.fromEntries(
      Object.entries(asylum.translations).map(([language, { short: _own, ...translation } = {}]) => [language, translation]),
    );
    const asylumWithForm = entrySchema.parse({ ...asylum, short, translations });
    for (const channel of ['x', 'bluesky'] as const) {
      const draft = composeTemplateDraft({ entry: asylumWithForm, channel, language: 'fr', spokesperson: councilTeam });
      expect(draft.language).toBe('fr');
      expect(draft.sections.myth).toMatch(/^Rumeur : /);
      expect(draft.fitsChannel).toBe(false);
      expect(draft.thread!.length).toBeGreaterThan(1);
      expect(problemsWith(draft, asylumWithForm, channel)).toEqual([]);
      const asThread = lintSandwich(draft.sections, { entry: asylumWithForm, channel, language: 'fr', format: 'thread' });
      expect(asThread.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    }
  });

  it('is not used when it fails a check: a figure the entry cannot back up', () => {
    const unbacked = entrySchema.parse({ ...small, short: { ...short, factAgain: '£60 a week, says Full Fact.' } });
    const draft = composeTemplateDraft({ entry: unbacked, channel: 'x', spokesperson: councilTeam });
    expect(draft.sections.factAgain).not.toContain('£60');
    expect(draft.sections.fact).toBe(unbacked.fact);
    const note = draft.notes.find((text) =>
      text.startsWith("The entry's short form was not used: it does not pass the fact-sandwich checks ("),
    );
    expect(note).toContain('unsupported-figure');
    expect(note).toMatch(/; the library entry needs a look\.$/);
    expect(problemsWith(draft, unbacked, 'x')).toEqual([]);
  });
});

/** A small entry of its own (short fact, one-point explanation), optionally with a short form. */
function smallEntry(base: Entry, id: string, short?: Entry['short']): Entry {
  return entrySchema.parse({
    ...base,
    id,
    title: 'UK asylum support is £49.18 a week',
    fact: 'People seeking asylum in the UK get £49.18 a week to live on.',
    myth: { statement: 'Asylum seekers live in luxury.', phrasings: ['asylum seekers living it up in luxury hotels'] },
    explanation: { technique: 'cherry-picking', text: 'The claim picks out hotels. Hotels are used because other housing ran out.' },
    translations: {},
    audienceAngles: [],
    short,
  });
}
