type HandoffScope = { factSandwichReplyText?: string };

/**
 * Hands the reply text to the insert script. The background runs this first through
 * `executeScript({ func: handOverReplyText, args: [text] })` — the only way to pass data to an
 * injected file — and then injects /insert-reply.js into the same frame; both run in the
 * extension's isolated world, which the page cannot see. Only the function's source travels, so
 * it uses nothing from outside its body and no literals a bundler could lift out of it.
 */
export function handOverReplyText(text: string): void {
  (globalThis as HandoffScope).factSandwichReplyText = text;
}

/** Takes the handed-over text once: a second insert without a new hand-over inserts nothing. */
export function takeReplyText(): string {
  const scope = globalThis as HandoffScope;
  const text = scope.factSandwichReplyText ?? '';
  delete scope.factSandwichReplyText;
  return text;
}
