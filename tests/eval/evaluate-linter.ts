import { parseArgs } from 'node:util';
import { buildDraftContext, lintDraft } from '../../shared/compose/draft-context';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import { languageSchema, type Language } from '../../shared/schema/language';
import { type CorpusDraft, corpusParts, corpusRoot, readLintCorpus } from './lint-corpus';
import {
  type CorpusFigures,
  type LintedDraft,
  listMistakes,
  type Ratio,
  type RuleFigures,
  rulesAsideWithoutEntry,
  scoreDrafts,
  scoreRules,
} from './score-lint-corpus';

/**
 * `npm run eval:lint`: how far the linter agrees with the labelled corpus in tests/fixtures/drafts,
 * per part (tune on `dev`, judge on `validation`), per language and per rule. It measures and
 * always exits 0; tests/unit/lint-corpus.test.ts keeps the corpus itself well-formed.
 */
const usage = `npm run eval:lint -- [--part dev|validation] [--lang en|fr|de|es|it] [--verbose] [--json]
  --verbose  list each miss (expected rule silent) and each false alarm (file, rule, message, text)
  --json     print the figures as JSON`;

/** Fixed, so the results do not change with the date (stale-entry compares it with review-by dates). */
const today = '2026-12-01';

let options;
try {
  options = parseArgs({
    options: {
      part: { type: 'string' },
      lang: { type: 'string' },
      verbose: { type: 'boolean', short: 'v' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }).values;
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(0);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}
const parts = options.part === undefined ? corpusParts : corpusParts.filter((part) => part === options.part);
const lang = options.lang === undefined ? undefined : languageSchema.safeParse(options.lang);
if (parts.length === 0 || (lang && !lang.success)) {
  console.error(`Unknown ${parts.length === 0 ? `part "${options.part}"` : `language "${options.lang}"`}.\n${usage}`);
  process.exit(0);
}

const assembled = assembleLibrary(readLibraryFolder('fact-library'));
if (!assembled.ok) {
  console.error('The starter library has problems: run npm run library:check');
  process.exit(0);
}
const library = assembled.bundle;
const entryIds = new Set(library.entries.map((entry) => entry.id));
const audienceIds = new Set(library.audiences.map((audience) => audience.id));

/** An entry or audience the library does not have: the draft cannot be linted as it was labelled. */
function unknownInLibrary({ frontMatter: { entry, audience } }: CorpusDraft): string | undefined {
  if (entry && !entryIds.has(entry)) return `no entry "${entry}" in fact-library/entries`;
  if (audience && !audienceIds.has(audience)) return `no audience "${audience}" in fact-library/audiences`;
  return undefined;
}

const corpus = readLintCorpus(undefined, parts);
const malformed = [...corpus.problems];
const usable: CorpusDraft[] = [];
for (const draft of corpus.drafts) {
  const problem = unknownInLibrary(draft);
  if (problem) malformed.push({ file: draft.file, message: problem });
  else if (!lang?.success || draft.lang === lang.data) usable.push(draft);
}
for (const { file, message } of malformed) console.error(`malformed, left out: ${file}: ${message}`);

/** Lints a corpus draft as the editor and `factsandwich lint` would, in its own context, at the default levels. */
function lint(draft: CorpusDraft): LintedDraft {
  const { entry, audience, channel, format, lang: language, post, postUrl } = draft.frontMatter;
  const context = buildDraftContext({
    draft: {
      ...(entry ? { entryId: entry } : {}),
      audienceIds: audience ? [audience] : [],
      ...(channel ? { channel } : {}),
      ...(format ? { format } : {}),
      language,
    },
    library,
    ...(post || postUrl ? { post: { ...(post ? { text: post } : {}), ...(postUrl ? { url: postUrl } : {}) } } : {}),
    today,
  });
  return {
    file: draft.file,
    expected: draft.frontMatter.expect,
    hasEntry: entry !== undefined,
    diagnostics: lintDraft(draft.sandwich, context),
  };
}

const languageOrder = languageSchema.options;
const report = parts.map((part) => {
  const inPart = usable.filter((draft) => draft.part === part);
  const linted = new Map(inPart.map((draft) => [draft, lint(draft)]));
  const languages = languageOrder.filter((language) => inPart.some((draft) => draft.lang === language));
  const ofLanguage = (language: Language) => inPart.filter((draft) => draft.lang === language).map((draft) => linted.get(draft)!);
  const all = [...linted.values()];
  return {
    part,
    languages: Object.fromEntries(languages.map((language) => [language, scoreDrafts(ofLanguage(language))])) as Partial<
      Record<Language, CorpusFigures>
    >,
    overall: scoreDrafts(all),
    rules: scoreRules(all),
    ...(options.verbose ? listMistakes(all) : {}),
    sandwiches: new Map(inPart.map((draft) => [draft.file, draft.sandwich])),
  };
});

if (options.json) {
  const json = {
    corpus: corpusRoot,
    today,
    ...(lang?.success ? { lang: lang.data } : {}),
    malformed,
    parts: Object.fromEntries(report.map(({ part, sandwiches: _sandwiches, ...figures }) => [part, figures])),
  };
  console.log(JSON.stringify(json, null, 2));
  process.exit(0);
}

const shown = (r: Ratio) => (r.value === null ? `  —  (0/0)` : `${r.value.toFixed(2)} (${r.count}/${r.total})`);
const row = (cells: string[], widths: number[]) =>
  cells
    .map((cell, index) => cell.padEnd(widths[index]!))
    .join('')
    .trimEnd();

console.log(`Lint evaluation on ${corpusRoot} (today ${today}, default rule levels)`);
console.log('precision: expected error-level findings ÷ all error-level findings, one per draft and rule');
console.log(`  (${rulesAsideWithoutEntry.join(' and ')} set aside on drafts without an entry, unless expected)`);
console.log('recall:    expected rules that reported, at any severity ÷ expected rules');
for (const { part, languages, overall, rules, misses, falseAlarms, sandwiches } of report) {
  console.log(`\n== ${part}: ${overall.drafts} drafts (${overall.good} good, ${overall.bad} bad)`);
  const widths = [10, 8, 6, 5, 20, 22, 18];
  console.log(row(['language', 'drafts', 'good', 'bad', 'precision', 'good without error', 'recall'], widths));
  const lines: [string, CorpusFigures][] = [...Object.entries(languages), ['overall', overall]];
  for (const [name, figures] of lines) {
    console.log(
      row(
        [
          name,
          String(figures.drafts),
          String(figures.good),
          String(figures.bad),
          shown(figures.precision),
          shown(figures.goodWithoutError),
          shown(figures.recall),
        ],
        widths,
      ),
    );
  }
  console.log('');
  const ruleWidths = [26, 9, 20, 18];
  console.log(row(['rule', 'level', 'precision', 'recall'], ruleWidths));
  for (const figures of rules as RuleFigures[]) {
    console.log(row([figures.rule, figures.defaultSeverity, shown(figures.precision), shown(figures.recall)], ruleWidths));
  }
  if (misses && falseAlarms) {
    console.log(`\nMisses in ${part} (${misses.length}): expected rule did not report`);
    for (const { file, rule } of misses) console.log(`  ${file}  ${rule}`);
    console.log(`\nFalse alarms in ${part} (${falseAlarms.length}): finding of a rule not expected`);
    for (const { file, diagnostic } of falseAlarms) {
      const text = sandwiches.get(file)?.[diagnostic.section].slice(diagnostic.start, diagnostic.end).replace(/\s+/g, ' ') ?? '';
      console.log(`  ${file}  ${diagnostic.ruleId} (${diagnostic.severity}, ${diagnostic.section}): ${diagnostic.message}`);
      console.log(`      "${text.length > 160 ? `${text.slice(0, 157)}…` : text}"`);
    }
  }
}
console.log('\nAim (issue 14), on validation in each language: precision ≥ 0.95 and recall ≥ 0.9.');
