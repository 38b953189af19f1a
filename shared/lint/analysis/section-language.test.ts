import { expect, it } from 'vitest';
import { goodSandwich } from '../testing/describe-rule';
import { LintDocument } from './lint-document';

it.each([
  ['nl', 'https://nieuwscheckers.nl/nee-asielzoekers-krijgen-niet-meer-dan-de-bijstand'],
  ['pl', 'https://demagog.org.pl/wypowiedzi/nie-migranci-nie-sa-na-zasilkach-w-polsce'],
  ['fr', 'https://www.mouv.fr/societe/migrants-les-intox-les-plus-recurrentes-348873'],
])('a link in %s does not make an English section read as that language', (_language, url) => {
  const document = new LintDocument({ ...goodSandwich, factAgain: `Their support is £49.18 a week. Source: a fact-checker, ${url}` }, {});
  expect(document.sections.factAgain.language).toBe('en');
});
