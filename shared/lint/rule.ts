import type { z } from 'zod';
import type { LintDocument } from './analysis/lint-document';
import type { Finding, Severity } from '../schema/diagnostic';
import type { MethodSource } from './method-sources';
import type { RuleMessages } from './rule-messages';

export type RuleMeta = {
  title: string;
  /** What the rule checks, in one sentence. */
  description: string;
  /** Why it matters, in plain words a communications officer would accept. */
  rationale: string;
  source: MethodSource;
  defaultSeverity: Severity;
};

/**
 * A rule is data plus a pure function: metadata for docs and UI, what it can say, options with
 * defaults, and a check. The editor shows `meta`'s texts and the messages from its catalogue
 * (`rules:<id>.title`, `rules:<id>.messages.<messageId>`); the English here is their source.
 */
export type Rule<Options extends object = object> = {
  id: string;
  meta: RuleMeta;
  /** Every message and fix description the rule can give, by id: see rule-messages.ts. */
  messages: RuleMessages;
  /** Parsing `{}` gives the defaults; configuration supplies overrides, validated by this schema. */
  options: z.ZodType<Options, object>;
  check(document: LintDocument, options: Options): Finding[];
};

/** Keeps each rule file's options typed from its own schema. */
export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
