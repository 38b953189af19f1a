import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect } from '@playwright/test';
import { tokenizer } from 'acorn';

// No Firefox runs here, so instead of a smoke test the built bundles are read for the newest
// features they use, and each must be no newer than the minimum the manifest declares: the
// README once promised Firefox 115 while Intl.Segmenter (125) ran at load (issue 19). Add a
// feature here when the code starts to rely on one.
type Feature = { name: string; firefox: number; chrome: number; usedIn(code: string, regexFlags: string[]): boolean };

const features: Feature[] = [
  {
    name: 'the RegExp v flag',
    firefox: 116,
    chrome: 112,
    usedIn: (code, flags) => flags.some((f) => f.includes('v')) || /RegExp\([^()]*,\s*["'`][a-z]*v/.test(code),
  },
  { name: 'Intl.Segmenter', firefox: 125, chrome: 87, usedIn: (code) => /\bSegmenter\b/.test(code) },
  // Firefox has no side panel: the code asks `sidePanel ? sidePanel.open(…) : sidebarAction.open()`.
  { name: 'sidePanel.open()', firefox: 0, chrome: 116, usedIn: (code) => /sidePanel\.open\b/.test(code) },
  // Called, not merely tested for: Dexie copies Promise.withResolvers only where it exists.
  { name: 'Promise.withResolvers()', firefox: 121, chrome: 119, usedIn: (code) => /\bPromise\.withResolvers\(/.test(code) },
  { name: 'Object.groupBy() / Map.groupBy()', firefox: 119, chrome: 117, usedIn: (code) => /\b(?:Object|Map)\.groupBy\(/.test(code) },
];

function scriptsIn(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => join(folder, file));
}

/** Every regular-expression literal's flags: read by a JavaScript tokenizer, not guessed from text. */
function regexFlagsIn(code: string): string[] {
  const flags: string[] = [];
  for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' })) {
    if (token.type.label === 'regexp') flags.push((token as unknown as { value: { flags: string } }).value.flags);
  }
  return flags;
}

function featuresUsedIn(folder: string): { feature: Feature; file: string }[] {
  return scriptsIn(folder).flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    const flags = regexFlagsIn(code);
    return features.filter((feature) => feature.usedIn(code, flags)).map((feature) => ({ feature, file: relative(folder, file) }));
  });
}

const manifestOf = (folder: string) => JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));

test('the Firefox build uses no feature newer than its strict_min_version', () => {
  const folder = '.output/firefox-mv2';
  const declared = Number.parseFloat(manifestOf(folder).browser_specific_settings.gecko.strict_min_version);
  const used = featuresUsedIn(folder);
  expect(used.length, 'the scan finds the features it looks for').toBeGreaterThan(0);
  const tooNew = used
    .filter(({ feature }) => feature.firefox > declared)
    .map(({ feature, file }) => `${feature.name} (Firefox ${feature.firefox}) in ${file}`);
  expect(tooNew, `strict_min_version is ${declared}`).toEqual([]);
});

test('the Chrome build uses no feature newer than its minimum_chrome_version', () => {
  const folder = '.output/chrome-mv3';
  const declared = Number.parseFloat(manifestOf(folder).minimum_chrome_version);
  expect(declared).toBe(116);
  const used = featuresUsedIn(folder);
  expect(used.map(({ feature }) => feature.name)).toContain('sidePanel.open()');
  const tooNew = used
    .filter(({ feature }) => feature.chrome > declared)
    .map(({ feature, file }) => `${feature.name} (Chrome ${feature.chrome}) in ${file}`);
  expect(tooNew, `minimum_chrome_version is ${declared}`).toEqual([]);
});
