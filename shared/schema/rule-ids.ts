import { z } from 'zod';

/**
 * The ids of the rules in the registry, in its order, without the rules themselves: settings
 * (and anything else that only names rules) can check an id without loading the whole engine
 * into every page. A convention test keeps this list equal to the registry.
 */
export const ruleIds = [
  'structure',
  'fact-first',
  'question-frame',
  'fact-truncation',
  'myth-warned',
  'myth-brief',
  'myth-once',
  'loaded-language',
  'fallacy-named',
  'alternative-explanation',
  'overkill',
  'readability',
  'bare-negation',
  'fact-repeated',
  'truth-ratio',
  'sourced',
  'unsupported-figure',
  'stale-entry',
  'link-to-myth',
  'channel-length',
] as const;

export const ruleIdSchema = z.enum(ruleIds, { message: 'is not a rule: check the spelling against the rule reference' });
