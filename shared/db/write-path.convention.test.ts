import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';

/**
 * The repositories in shared/db own every write to the database: each write is validated against
 * its schema, history records are built in one place, and multi-record writes share a transaction.
 * A write from anywhere else (a React component, a feature module) would skip all three, so this
 * test fails on any Dexie write call — or read-write transaction — outside shared/db.
 *
 * Tests (`*.test.ts(x)`, `tests/`) are left out: they arrange the database as the case needs.
 */

const tables = openDatabase('write-path-convention', { indexedDB: new IDBFactory(), IDBKeyRange }).tables.map((table) => table.name);
const writeMethods = ['put', 'add', 'update', 'delete', 'bulkPut', 'bulkAdd', 'bulkUpdate', 'bulkDelete', 'clear', 'modify'];

/** `.entries`, or `.table('entries')`. */
const table = String.raw`(?:\.(?:${tables.join('|')})\b|\.table\(\s*['"\x60]\w+['"\x60]\s*\))`;
/** Any chained call between the table and the write: `.where('x').equals(y)` (one level of nested parentheses). */
const chainedCall = String.raw`\s*\.\s*\w+\s*\((?:[^()]|\([^()]*\))*\)`;
const directWrite = new RegExp(String.raw`${table}(?:${chainedCall})*\s*\.\s*(?:${writeMethods.join('|')})\s*\(`, 'g');
const readWriteTransaction = /\.transaction\(\s*['"]rw/g;

type Violation = { file: string; line: number; code: string };

/** Every direct database write in one file's source: where it is and what it says. */
function findDirectWrites(file: string, source: string): Violation[] {
  return [...source.matchAll(directWrite), ...source.matchAll(readWriteTransaction)]
    .map((match) => {
      const line = source.slice(0, match.index).split('\n').length;
      return { file, line, code: source.split('\n')[line - 1]!.trim() };
    })
    .sort((a, b) => a.line - b.line);
}

const roots = ['shared', 'editor', 'extension'];
const skipped = new Set(['node_modules', '.output', '.wxt', 'dist']);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const path = join(folder, item.name);
    if (item.isDirectory()) return skipped.has(item.name) ? [] : sourceFiles(path);
    return /\.tsx?$/.test(item.name) && !/\.test\.tsx?$/.test(item.name) ? [path] : [];
  });
}

describe('one write path for the database', () => {
  it('finds no Dexie write outside shared/db', () => {
    const files = roots.flatMap(sourceFiles).filter((file) => !file.startsWith(join('shared', 'db')));
    expect(files.length).toBeGreaterThan(100); // the scan really looked at the source tree
    const violations = files.flatMap((file) => findDirectWrites(file, readFileSync(file, 'utf8')));
    const report = violations.map(({ file, line, code }) => `${file}:${line}: ${code}`).join('\n');
    expect(report, 'write through a repository function in shared/db instead').toBe('');
  });

  it('knows every table of the database', () => {
    expect(tables).toEqual(expect.arrayContaining(['entries', 'audiences', 'spokespeople', 'history', 'upstream', 'subscriptions']));
  });

  it.each([
    ['a put', `await db.entries.put(entry);`, [1]],
    ['a history record added in a UI file', `const x = 1;\n\nawait db.history.add({ entryId });`, [3]],
    ['a write through a chain', `await db.upstream.where('subscriptionUrl').equals(url).delete();`, [1]],
    ['a chain over several lines', `await db.sightings\n  .where('decision')\n  .equals(x)\n  .modify({ decision: 'hold' });`, [1]],
    ['a write by table name', `await tx.table('audiences').bulkPut(list);`, [1]],
    ['an update', `await database.subscriptions.update(url, { state: 'ok' });`, [1]],
    ['a clear', `await db.replies.clear();`, [1]],
    ['a read-write transaction', `await db.transaction('rw', db.entries, async () => {});`, [1]],
    ['two writes', `await db.drafts.add(a);\nawait db.settings.put(b);`, [1, 2]],
  ])('flags %s', (_case, source, lines) => {
    expect(findDirectWrites('sample.tsx', source).map((violation) => violation.line)).toEqual(lines);
  });

  it.each([
    ['a read', `const entry = await db.entries.get(id);`],
    ['a query', `await db.upstream.where('entryId').equals(id).toArray();`],
    ['a repository call', `await saveEntryChange(db, entry);`],
    ['a read-only transaction', `await db.transaction('r', db.entries, async () => {});`],
    ['a Set or Map that is not a table', `seen.add(id); cache.delete(key); Object.entries(x).map(f);`],
  ])('lets %s pass', (_case, source) => {
    expect(findDirectWrites('sample.tsx', source)).toEqual([]);
  });
});
