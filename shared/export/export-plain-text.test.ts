import { describe, expect, it } from 'vitest';
import { sandwichToText } from '../channels/sandwich-text';
import { exportPlainText } from './export-plain-text';

describe('exportPlainText', () => {
  it.each([
    [{ fact: ' Fact. ', myth: 'Myth.', explanation: 'Why.', factAgain: 'Fact.' }, 'Fact.\n\nMyth.\n\nWhy.\n\nFact.'],
    [{ fact: 'Fact.', myth: '  ', explanation: 'Why.\nSigned', factAgain: '' }, 'Fact.\n\nWhy.\nSigned'],
    [{ fact: '', myth: '', explanation: '', factAgain: '' }, ''],
  ])('is the text the channels count: %j', (sandwich, expected) => {
    expect(exportPlainText(sandwich)).toBe(expected);
    expect(exportPlainText(sandwich)).toBe(sandwichToText(sandwich).text);
  });
});
