import { expect, it } from 'vitest';
import { slugFromName } from './slug-from-name';

it.each([
  ['Parents of school-age children', 'parents-of-school-age-children'],
  ['  Élus & citoyens  ', 'elus-citoyens'],
  ['Chair of the local business association', 'chair-of-the-local-business-association'],
  ['¿?', ''],
  [`${'a'.repeat(59)} b`, 'a'.repeat(59)],
])('%s → %s', (name, slug) => {
  expect(slugFromName(name)).toBe(slug);
});
