import { alternativeExplanation } from './rules/alternative-explanation';
import { bareNegation } from './rules/bare-negation';
import { channelLength } from './rules/channel-length';
import { factFirst } from './rules/fact-first';
import { factRepeated } from './rules/fact-repeated';
import { factTruncation } from './rules/fact-truncation';
import { fallacyNamed } from './rules/fallacy-named';
import { linkToMyth } from './rules/link-to-myth';
import { loadedLanguage } from './rules/loaded-language';
import { mythBrief } from './rules/myth-brief';
import { mythOnce } from './rules/myth-once';
import { mythWarned } from './rules/myth-warned';
import { overkill } from './rules/overkill';
import { questionFrame } from './rules/question-frame';
import { readability } from './rules/readability';
import { sourced } from './rules/sourced';
import { staleEntry } from './rules/stale-entry';
import { structure } from './rules/structure';
import { truthRatio } from './rules/truth-ratio';
import { unsupportedFigure } from './rules/unsupported-figure';

/**
 * Every rule, in the order of the sandwich: structure first, then the fact, the myth, the
 * explanation, the whole draft, and the channel. An explicit list — no directory scanning.
 */
export const rules = [
  // The shape of the sandwich
  structure,
  // Fact: lead with the truth
  factFirst,
  questionFrame,
  factTruncation,
  // Myth: warned, brief, once, in neutral words
  mythWarned,
  mythBrief,
  mythOnce,
  loadedLanguage,
  // Explanation: how it misleads, what is true instead, not too much
  fallacyNamed,
  alternativeExplanation,
  overkill,
  readability,
  bareNegation,
  // Fact again, and the balance of the whole
  factRepeated,
  truthRatio,
  // Sources and links, and whether the entry behind them is still current
  sourced,
  unsupportedFigure,
  staleEntry,
  linkToMyth,
  // Channel
  channelLength,
] as const;

export type RuleId = (typeof rules)[number]['id'];
