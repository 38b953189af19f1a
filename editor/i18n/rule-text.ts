import type { i18n } from 'i18next';
import type { Diagnostic, Suggestion } from '../../shared/schema/diagnostic';
import { lookUp, translateMessage } from './translate-message';

/** What the interface shows of a rule: its id and the English of its metadata. */
type RuleShown = { id: string; meta: { title: string; description: string; rationale: string } };

/**
 * The rules' words in the interface's language: their titles, descriptions and rationales
 * (`rules:<ruleId>.title`…), and what a finding and its fix say, from the message id and values
 * the finding carries (`rules:<ruleId>.messages.<messageId>`). The rule's English where the
 * catalogue has nothing: a finding kept from before messages had ids.
 */
export function ruleTextIn(instance: i18n) {
  const text = (key: string, english: string) => lookUp(instance)(key, { defaultValue: english });
  const said = (ruleId: string, { messageId, data }: Pick<Diagnostic, 'messageId' | 'data'>, english: string) =>
    messageId ? translateMessage(instance, `rules:${ruleId}.messages.${messageId}`, data, english, `rules:${ruleId}.values`) : english;
  return {
    title: (rule: RuleShown) => text(`rules:${rule.id}.title`, rule.meta.title),
    description: (rule: RuleShown) => text(`rules:${rule.id}.description`, rule.meta.description),
    rationale: (rule: RuleShown) => text(`rules:${rule.id}.rationale`, rule.meta.rationale),
    message: (diagnostic: Diagnostic) => said(diagnostic.ruleId, diagnostic, diagnostic.message),
    fix: (diagnostic: Diagnostic, suggestion: Suggestion) => said(diagnostic.ruleId, suggestion, suggestion.description),
  };
}

export type RuleText = ReturnType<typeof ruleTextIn>;
