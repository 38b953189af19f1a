import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from './registry';
import { ruleIds } from '../schema/rule-ids';
import { renderRuleDocs } from './rule-docs';
import type { Rule } from './rule';

const folder = 'shared/lint/rules';
const all = rules as readonly Rule<object>[];

describe('lint rule conventions', () => {
  it.each(all.map((rule) => [rule.id, rule] as const))(
    '%s: named by its file, documented, tested, with a sourced rationale',
    (id, rule) => {
      expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(readFileSync(`${folder}/${id}.ts`, 'utf8')).toContain(`id: '${id}'`);
      expect(existsSync(`${folder}/${id}.test.ts`)).toBe(true);
      expect(rule.meta.title.length).toBeGreaterThan(5);
      expect(rule.meta.description).toMatch(/\.$/);
      expect(rule.meta.rationale.length).toBeGreaterThan(40);
      expect(rule.meta.source.name.length).toBeGreaterThan(5);
      expect(() => rule.options.parse({})).not.toThrow();
    },
  );

  it.each(all.map((rule) => [rule.id] as const))(
    '%s: its test is a describeRule table, which compares whole diagnostics, fixes included',
    (id) => {
      const test = readFileSync(`${folder}/${id}.test.ts`, 'utf8');
      const source = readFileSync(`${folder}/${id}.ts`, 'utf8');
      // describeRule fails any case that does not state its message, and any fix the case leaves out.
      expect(test).toContain(`describeRule(${camelCase(id)}, {`);
      // A rule that can offer a fix shows one in its table, and what applying it does.
      if (source.includes('suggestion:')) expect(test).toMatch(/\bfix: /);
      if (/\breplacement: /.test(source)) expect(test).toMatch(/\bfixed: /);
    },
  );

  it('registers every rule file exactly once', () => {
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => name.slice(0, -3));
    expect(all.map((rule) => rule.id).sort()).toEqual(files.sort());
  });

  it('lists the same rule ids, in the same order, in the light rule-ids list that settings use', () => {
    expect([...ruleIds]).toEqual(all.map((rule) => rule.id));
  });

  it('has the rule reference up to date (run `npm run docs:rules`)', () => {
    expect(readFileSync('shared/lint/RULES.md', 'utf8')).toBe(renderRuleDocs());
  });
});

function camelCase(id: string): string {
  return id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}
