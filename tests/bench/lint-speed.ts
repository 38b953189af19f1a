import { entrySandwich } from '../../shared/compose/entry-sandwich';
import { assembleLibrary } from '../../shared/library/assemble-library';
import { readLibraryFolder } from '../../shared/library/read-library-folder';
import { lintSandwich } from '../../shared/lint/lint-sandwich';
import { rules } from '../../shared/lint/registry';
import type { Sandwich } from '../../shared/schema/draft';
import { measure, reportComparison } from './measure';
import { text as alexText } from 'alex';
import writeGood from 'write-good';

/**
 * The full rule set on a 600-word and a 5,000-word sandwich, as the editor runs it on every
 * keystroke (entry, post and channel known; one section changes per keystroke, as when typing),
 * and cold (all text new, as after a paste), against the prose linters a team might use instead:
 * write-good (style) and alex (insensitive language). Goal: ≤ 0.5 ms and ≤ 5 ms median.
 */
export function benchLintSpeed(): void {
  const assembled = assembleLibrary(readLibraryFolder('fact-library'));
  if (!assembled.ok) throw new Error('the starter library must be valid');
  const { entries } = assembled.bundle;
  const entry = entries.find((candidate) => candidate.id === 'asylum-luxury-support')!;
  const post = entry.myth.phrasings[0]!;
  const filler = entries.map((other) => other.explanation.text).join(' ');

  for (const words of [600, 5000]) {
    const base = entrySandwich(entry);
    const sandwich: Sandwich = { ...base, explanation: takeWords(`${base.explanation} ${filler.repeat(8)}`, words - count(base)) };
    const text = Object.values(sandwich).join('\n\n');
    let keystroke = 0; // a different text on every run, as when typing
    const typed = () => ({ ...sandwich, factAgain: `${sandwich.factAgain}${' '.repeat(++keystroke % 3)}` });
    const context = { entry, post, channel: 'x', language: 'en' } as const;
    const ours = measure(`lintSandwich, ${words} words (${rules.length} rules), typing`, () => lintSandwich(typed(), context), 200);
    // Cold: every section is new text (a pasted draft), so nothing from the last lint is reused.
    const pasted = () =>
      Object.fromEntries(Object.entries(sandwich).map(([id, text]) => [id, `${text}${' '.repeat(++keystroke % 3)}`])) as Sandwich;
    const others = [
      measure(`lintSandwich, ${words} words, cold (pasted)`, () => lintSandwich(pasted(), context), words > 1000 ? 60 : 200),
      measure(`write-good, ${words} words`, () => writeGood(text + ' '.repeat(++keystroke % 3)), words > 1000 ? 40 : 200),
      measure(`alex, ${words} words`, () => alexText(text + ' '.repeat(++keystroke % 3)), words > 1000 ? 10 : 40),
    ];
    reportComparison(`Linting a ${words}-word sandwich on every keystroke (goal: median ≤ ${words > 1000 ? 5 : 0.5} ms)`, ours, others);
  }
}

function count(sandwich: Sandwich): number {
  return Object.values(sandwich).join(' ').split(/\s+/).filter(Boolean).length;
}

function takeWords(text: string, words: number): string {
  return text.split(/\s+/).slice(0, Math.max(words, 1)).join(' ');
}
