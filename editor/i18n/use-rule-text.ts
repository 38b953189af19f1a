import { type RuleText, ruleTextIn } from './rule-text';
import { useTranslation } from './use-translation';

/**
 * The rules' titles, rationales and findings in the interface's language, for the components that
 * show them (finding cards and lists, the model's draft, Settings › rules). Re-renders with the language.
 */
export function useRuleText(): RuleText {
  const { i18n } = useTranslation('rules');
  return ruleTextIn(i18n);
}
