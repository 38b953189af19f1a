import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';

/** The areas whose interface speaks through the catalogues (issue 20): all of it. */
const converted = [
  'editor/shell',
  'editor/library',
  'editor/settings',
  'editor/impact',
  'editor/forms',
  'editor/services',
  'editor/profiles',
  'editor/team',
  'editor/drafts',
  'editor/share',
  'editor/compose',
  'editor/sidepanel',
  'editor/ui',
];
/** Props that people read or hear: a literal here bypasses the catalogues. */
const spokenProps = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'legend', 'hint']);
/** Text that is the same in every language. */
const allowed = new Set(['—', '·', '←', '→', '…', '(', ')', ',']);

function tsxFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const path = join(folder, item.name);
    if (item.isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') && !path.endsWith('.test.tsx') ? [path] : [];
  });
}

type AstNode = { type: string; [key: string]: unknown };

/** The string a spoken prop is given literally: label="Title" or label={'Title'}. */
function literalOf(value: AstNode | null | undefined): string | undefined {
  if (!value) return undefined;
  if (value.type === 'StringLiteral') return value.value as string;
  if (value.type === 'JSXExpressionContainer') return literalOf(value.expression as AstNode);
  if (value.type === 'TemplateLiteral' && (value.expressions as unknown[]).length === 0)
    return (value.quasis as { value: { cooked: string } }[])[0]?.value.cooked;
  return undefined;
}

/** JSX text with a letter in it, and spoken props given as literal strings. */
function untranslated(source: string): string[] {
  const program = parse(source, { sourceType: 'module', plugins: ['jsx', 'typescript'] });
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object' || typeof (node as AstNode).type !== 'string') return;
    const current = node as AstNode;
    if (current.type === 'JSXText') {
      const text = (current.value as string).trim();
      if (/\p{L}/u.test(text) && !allowed.has(text)) found.push(text);
    } else if (current.type === 'JSXAttribute') {
      const name = (current.name as { name: string }).name;
      const literal = spokenProps.has(name) ? literalOf(current.value as AstNode) : undefined;
      // An example address reads the same in every language.
      if (literal && /\p{L}/u.test(literal) && !/^https?:\/\//.test(literal)) found.push(`${name}="${literal}"`);
    }
    for (const [key, child] of Object.entries(current)) if (key !== 'loc' && key !== 'extra') visit(child);
  };
  visit(program.program);
  return found;
}

describe('interface text goes through the catalogues', () => {
  const files = converted.flatMap(tsxFiles);
  it.each(files)('%s', (path) => {
    expect(untranslated(readFileSync(path, 'utf8'))).toEqual([]);
  });

  it('finds text that bypasses them', () => {
    // A component written as before the catalogues, as a check that the scan sees JSX text and spoken props at all.
    expect(files.length).toBeGreaterThan(20);
    const before = `<ul aria-label="Drafts"><li title={'Open'}>{draft.title} · updated <time>{date}</time></li><input placeholder="https://city.example/" /></ul>`;
    expect(untranslated(before)).toEqual(['aria-label="Drafts"', 'title="Open"', '· updated']);
  });
});
