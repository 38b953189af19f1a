// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { openDatabase, saveSettings } from '../../shared/db';
import type { LintConfig } from '../../shared/lint';
import type { Settings } from '../../shared/schema';
import { renderWithDatabase, waitFor } from '../settings/testing/render-with-database';
import { useLintConfig } from './use-lint-config';

let rendered: Awaited<ReturnType<typeof renderWithDatabase>> | undefined;
let seen: LintConfig[] = [];
let renders = 0;

afterEach(async () => {
  await rendered?.unmount();
  rendered = undefined;
  seen = [];
  renders = 0;
});

function Linter() {
  const config = useLintConfig();
  renders++;
  if (seen.at(-1) !== config) seen.push(config);
  return null;
}

async function save(changes: Partial<Settings>): Promise<void> {
  const db = openDatabase();
  await saveSettings(db, changes);
  db.close();
}

it('follows the saved rules, keeping one object while they do not change', async () => {
  await save({ lint: { rules: { readability: 'off' } } });
  rendered = await renderWithDatabase(<Linter />);
  await waitFor(() => seen.at(-1)?.rules?.readability === 'off', 'the saved rules');
  const first = seen.at(-1);

  // Another setting changes: the live query renders again with a fresh copy; the rules stay one object.
  const rendersBefore = renders;
  await save({ userName: 'Amira' });
  await waitFor(() => renders > rendersBefore, 'the live query to render again');
  expect(seen.at(-1)).toBe(first);

  await save({ lint: { rules: { readability: 'off', 'myth-brief': 'error' } } });
  await waitFor(() => seen.at(-1)?.rules?.['myth-brief'] === 'error', 'the changed rules');
  expect(seen.at(-1)).toEqual({ rules: { readability: 'off', 'myth-brief': 'error' } });
});

it('gives the defaults when nothing is saved', async () => {
  rendered = await renderWithDatabase(<Linter />);
  await waitFor(() => seen.length > 0, 'a render');
  expect(seen.at(-1)).toEqual({ rules: {} });
});
