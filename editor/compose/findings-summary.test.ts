import { describe, expect, it } from 'vitest';
import { findingsSummary } from './findings-summary';

const of = (...severities: ('error' | 'warning' | 'info')[]) => severities.map((severity) => ({ severity }));

describe('findingsSummary', () => {
  it.each([
    [of(), 'No findings'],
    [of('info'), '1 finding'],
    [of('error'), '1 finding · 1 must fix'],
    [of('warning', 'info'), '2 findings'],
    [of('error', 'error', 'warning'), '3 findings · 2 must fix'],
  ])('counts %j as “%s”', (diagnostics, words) => {
    expect(findingsSummary(diagnostics)).toBe(words);
  });
});
