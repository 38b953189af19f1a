import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Sandwich } from '../schema/draft';
import { exportHtml } from './export-html';

// DOMPurify needs a DOM; Node has none, so the tests lend it jsdom's, as the brief for Node says.
const { window } = new JSDOM('');
const html = (sandwich: Sandwich, options = {}) => exportHtml(sandwich, options, window as unknown as Parameters<typeof exportHtml>[2]);
const only = (fact: string): Sandwich => ({ fact, myth: '', explanation: '', factAgain: '' });

/** Everything that could run script in the exported HTML, found by parsing it as a browser would. */
function dangers(output: string): string[] {
  const document = new JSDOM(`<body>${output}</body>`).window.document;
  const found: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'FORM', 'SVG'].includes(element.tagName.toUpperCase()))
      found.push(element.tagName);
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
      if (/^\s*(javascript|vbscript|data):/i.test(attribute.value)) found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
    }
  }
  return found;
}

describe('exportHtml', () => {
  it('renders the reader-facing Markdown: fact first, paragraphs, line breaks and sources', () => {
    const output = html(
      {
        fact: 'People seeking asylum get *£49.18* a week.',
        myth: 'You may have seen claims of hotels.',
        explanation: 'A backlog.',
        factAgain: '£49.18 a week.\n— Refugee Council',
      },
      {
        title: 'Asylum support',
        sources: [{ title: 'Asylum support', url: 'https://www.gov.uk/asylum-support', publisher: 'GOV.UK', year: 2025 }],
      },
    );
    expect(output).toBe(
      [
        '<h1>Asylum support</h1>',
        '<p>People seeking asylum get <em>£49.18</em> a week.</p>',
        '<p>You may have seen claims of hotels.</p>',
        '<p>A backlog.</p>',
        '<p>£49.18 a week.<br>— Refugee Council</p>',
        '<h2>Sources</h2>',
        '<ul>',
        '<li><a href="https://www.gov.uk/asylum-support">Asylum support</a> — GOV.UK, 2025</li>',
        '</ul>',
        '',
      ].join('\n'),
    );
  });

  it.each([
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
    '[click me](javascript:alert(1))',
    '[click me](JaVaScRiPt:alert(1))',
    '[click me](<javascript:alert(1)>)',
    '<a href="javascript:alert(1)">x</a>',
    '![x](javascript:alert(1))',
    '<svg onload=alert(1)>',
    '<iframe src="https://evil.example"></iframe>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<<script>script>alert(1)<</script>/script>',
    '`<img src=x onerror=alert(1)>`',
    '<details open ontoggle=alert(1)>',
  ])('lets nothing that runs script through from a section: %s', (hostile) => {
    for (const sandwich of [only(hostile), { fact: 'Fact.', myth: hostile, explanation: `Before ${hostile} after`, factAgain: hostile }]) {
      const output = html(sandwich, { title: hostile });
      expect(dangers(output)).toEqual([]);
      // Escaped, the hostile text may still be read (as text); only as markup would it run.
      expect(output).not.toMatch(/<(script|img|svg|iframe|details|div)\b/i);
    }
  });

  it('drops a source link whose address is not http(s)', () => {
    const output = html(only('Fact.'), { sources: [{ title: 'Evil', url: 'javascript:alert(1)' }] });
    expect(dangers(output)).toEqual([]);
    expect(output).toContain('Evil');
  });

  it('says what it needs when there is no DOM to sanitise with', () => {
    expect(() => exportHtml(only('Fact.'))).toThrow(/window/);
  });
});
