import { writeFileSync } from 'node:fs';
import { renderRuleDocs } from './rule-docs';

// `npm run docs:rules`
const target = 'shared/lint/RULES.md';
writeFileSync(target, renderRuleDocs());
console.log(`Wrote ${target}.`);
