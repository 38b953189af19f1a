import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The floors of `shared/`, from the ground up (README.md, "Architecture"). A folder imports
 * only from floors below its own, so a change low down never needs to know what is built on it,
 * and the lint engine, the matcher and the composers can run anywhere: Node, pages, workers.
 */
const floors: readonly (readonly string[])[] = [
  ['schema'],
  ['language', 'calendar'],
  ['library', 'channels', 'capture', 'messages', 'review'],
  ['db'],
  ['lint', 'match', 'export'],
  ['compose', 'bundle', 'impact'],
  ['subscriptions', 'share', 'claim-review'],
  ['cli'],
];

/** Packages that belong to the UI: `shared/` never loads them (the CLI and the service worker would). */
const uiPackages = ['react', 'react-dom', 'lexical', '@lexical/', 'dexie-react-hooks'];

type SourceFile = { path: string; text: string };

const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** What each file imports: the specifiers as written, relative ones resolved against the repository root. */
function importsOf(file: SourceFile): { target: string; relative: boolean }[] {
  return [...file.text.matchAll(importPattern)].map(([, specifier]) =>
    specifier!.startsWith('.')
      ? { target: normalize(join(dirname(file.path), specifier!)), relative: true }
      : { target: specifier!, relative: false },
  );
}

function floorOf(folder: string): number {
  return floors.findIndex((floor) => floor.includes(folder));
}

/** Every import in `shared/` that runs the wrong way, one line each ("file: why"). */
function findLayerViolations(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const [root, folder] = file.path.split('/');
    if (root !== 'shared' || folder === undefined) continue;
    const own = floorOf(folder);
    if (own === -1) {
      problems.push(
        `${file.path}: shared/${folder}/ is on no floor: add it to the floors in this test and in the README's architecture section`,
      );
      continue;
    }
    for (const { target, relative } of importsOf(file)) {
      if (!relative) {
        if (uiPackages.some((name) => target === name || target.startsWith(name.endsWith('/') ? name : `${name}/`))) {
          problems.push(`${file.path}: imports the UI package "${target}"`);
        }
        continue;
      }
      const [targetRoot, targetFolder] = target.split('/');
      // The starter library is data the apps ship with, built by `npm run library:build`.
      if (target.startsWith('fact-library/dist/') && target.endsWith('.json')) continue;
      if (target === 'package.json') continue; // the CLI's --version
      if (targetRoot !== 'shared') {
        problems.push(`${file.path}: imports ${target}, outside shared/`);
        continue;
      }
      if (targetFolder === undefined || targetFolder === folder || targetFolder.endsWith('.ts')) continue;
      const theirs = floorOf(targetFolder);
      if (theirs === -1 || theirs >= own) {
        problems.push(
          `${file.path}: imports shared/${targetFolder}/ (floor ${theirs}), which is not below shared/${folder}/ (floor ${own})`,
        );
      }
    }
  }
  return problems;
}

/** The production files of `shared/`: tests and their helpers may reach into test fixtures. */
function sharedSources(): SourceFile[] {
  return readdirSync('shared', { recursive: true, encoding: 'utf8' })
    .map((path) => `shared/${path}`)
    .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path) && !path.includes('/testing/'))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

describe('the import graph of shared/', () => {
  it('runs one way: each folder imports only from floors below it, never from editor/, extension/ or the UI packages', () => {
    const sources = sharedSources();
    expect(sources.length).toBeGreaterThan(200); // the scan found the code, not an empty folder
    expect(findLayerViolations(sources)).toEqual([]);
  });

  it.each([
    ['an upward import', 'shared/language/stem.ts', "import { lintSandwich } from '../lint/lint-sandwich';", 'which is not below'],
    ['a same-floor import', 'shared/match/match-post.ts', "import { exportPlainText } from '../export';", 'which is not below'],
    ['the editor', 'shared/compose/draft.ts', "import { useDatabase } from '../../editor/services/database-context';", 'outside shared/'],
    ['the extension', 'shared/db/open.ts', "const m = await import('../../extension/background/capture-session');", 'outside shared/'],
    ['React', 'shared/lint/rule.ts', "import { useMemo } from 'react';", 'UI package "react"'],
    ['Lexical', 'shared/export/x.ts', "import { $getRoot } from '@lexical/react/LexicalComposer';", 'UI package'],
    ['a folder on no floor', 'shared/utils/misc.ts', "import { z } from 'zod';", 'is on no floor'],
  ])('catches %s', (_case, path, text, problem) => {
    const [found] = findLayerViolations([{ path, text }]);
    expect(found).toContain(problem);
    expect(found?.startsWith(`${path}: `)).toBe(true);
  });

  it('lets a folder import from its own folder and from any floor below', () => {
    const text = [
      "import { stem } from '../language/stem';",
      "import { entrySchema } from '../schema/entry';",
      "import { isStale } from '../review/review-due';",
      "import { libraryIndexFor } from './library-index-cache';",
      "import { z } from 'zod';",
    ].join('\n');
    expect(findLayerViolations([{ path: 'shared/match/match-post.ts', text }])).toEqual([]);
  });
});
