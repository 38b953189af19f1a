// The ids alone: the form names its fields without loading the lint engine (the options page's size).
import { ruleIds } from '../../shared/schema/rule-ids';

/** The name a rule's level select has in the form: the path of its setting, so zod's problems land on it. */
export const ruleFieldName = (ruleId: string) => `lint.rules.${ruleId}`;

/** The fields the settings form shows, named as `fieldErrorsFromZod` names schema paths. */
export const settingsFields: ReadonlySet<string> = new Set([
  'userName',
  'interfaceLanguage',
  'defaultLanguage',
  'defaultChannel',
  'appearance',
  'model.baseUrl',
  'model.model',
  'model.apiKey',
  'model.embeddingModel',
  ...ruleIds.map(ruleFieldName),
]);
