import type { MessageData } from '../schema/diagnostic';

/**
 * Everything a rule can say, by message id: its English words, made from the values the finding
 * carries (ESLint's `meta.messages` and `data`). The id and the values travel with the finding, so
 * the editor can say it in the interface's language from `rules:<ruleId>.messages.<messageId>`;
 * the English is what the CLI prints and what the editor falls back to. Values are numbers, text
 * the person wrote, or codes the catalogue translates (`rules:<ruleId>.values.<name>.<code>`).
 */
export type RuleMessages = Readonly<Record<string, (data: never) => string>>;

type Said<Id extends string> = { messageId: Id; data?: MessageData };

/** A finding's message: `{ message, messageId, data }`, to spread into the finding. */
export function report<M extends RuleMessages, Id extends keyof M & string>(
  messages: M,
  messageId: Id,
  ...data: Parameters<M[Id]>
): Said<Id> & { message: string } {
  return { message: english(messages, messageId, data[0]), ...said(messageId, data[0]) };
}

/** A fix's description: `{ description, messageId, data }`, to spread into the suggestion. */
export function suggest<M extends RuleMessages, Id extends keyof M & string>(
  messages: M,
  messageId: Id,
  ...data: Parameters<M[Id]>
): Said<Id> & { description: string } {
  return { description: english(messages, messageId, data[0]), ...said(messageId, data[0]) };
}

/** The English of one message for its values: what `report` and `suggest` say, and what tests compare catalogues with. */
export function english(messages: RuleMessages, messageId: string, data: unknown): string {
  const message = messages[messageId] as ((data: unknown) => string) | undefined;
  if (!message) throw new Error(`No message "${messageId}"`);
  return message(data);
}

function said<Id extends string>(messageId: Id, data: unknown): Said<Id> {
  return data === undefined ? { messageId } : { messageId, data: data as MessageData };
}
