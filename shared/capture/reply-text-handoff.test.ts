import { describe, expect, it } from 'vitest';
import { handOverReplyText, takeReplyText } from './reply-text-handoff';

describe('handing the reply text to the insert script', () => {
  it('passes the text once', () => {
    handOverReplyText('The fact, first.');
    expect(takeReplyText()).toBe('The fact, first.');
    expect(takeReplyText()).toBe('');
  });

  it('still works when only its source reaches the page, as executeScript sends it', () => {
    const sent = new Function(`return (${handOverReplyText.toString()})`)() as typeof handOverReplyText;
    sent('Sent as source.');
    expect(takeReplyText()).toBe('Sent as source.');
  });
});
