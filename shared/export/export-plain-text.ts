import { sandwichToText } from '../channels/sandwich-text';
import type { Sandwich } from '../schema/draft';

/** The sandwich as the paragraphs a person pastes anywhere: the same text a channel counts. */
export function exportPlainText(sandwich: Sandwich): string {
  return sandwichToText(sandwich).text;
}
