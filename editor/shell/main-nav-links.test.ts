import { describe, expect, it } from 'vitest';
import { parseRoute } from '../services/use-hash-route';
import { mainNavLinks, navSectionOf } from './main-nav-links';

describe('navSectionOf', () => {
  it.each([
    ['#/', 'library'],
    ['#/entries/jobs-taken', 'library'],
    ['#/entries/new', 'library'],
    ['#/entries/jobs-taken/edit', 'library'],
    ['#/drafts', 'drafts'],
    ['#/compose', 'new-draft'],
    ['#/compose/0b6f2f5e-7f0e-4c41-9d55-2a4a3c1d7e10', 'drafts'],
    ['#/audiences', 'audiences'],
    ['#/spokespeople', 'spokespeople'],
    ['#/team', 'team'],
    ['#/impact', 'impact'],
    ['#/settings', 'settings'],
    ['#share=abc', undefined],
  ])('marks the link for %s', (hash, section) => {
    expect(navSectionOf(parseRoute(hash))).toBe(section);
  });

  it('has a link for every section a route can mark', () => {
    const sections = new Set(mainNavLinks.map((link) => link.section));
    for (const hash of ['#/', '#/drafts', '#/compose', '#/audiences', '#/spokespeople', '#/team', '#/impact', '#/settings']) {
      expect(sections.has(navSectionOf(parseRoute(hash))!)).toBe(true);
    }
  });
});
