import { describe, expect, it } from 'vitest';
import { type InterfaceLanguage, interfaceLanguageSchema } from '../../shared/schema/interface-language';
import de from './locales/de';
import en from './locales/en';
import es from './locales/es';
import fr from './locales/fr';
import it_ from './locales/it';

const catalogues: Record<InterfaceLanguage, unknown> = { en, fr, de, es, it: it_ };
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * Values that may read the same as in English, with the reason: a product name, or a word the
 * language spells the same way. Anything else identical to English is an untranslated string.
 */
const sameAsEnglish: Partial<Record<InterfaceLanguage, Record<string, string>>> = {
  fr: {
    'common.productName': 'product name',
    'common.toasts.region': 'French “notifications”',
    'impact.heading': 'French says “impact”',
    'shell.nav.impact': 'French says “impact”',
    'library.sources': 'French “sources”',
    'library.source.heading': 'French “sources”',
    'library.source.numbered': 'French “source”',
    'library.source.url': 'the URL is a link everywhere',
    'library.form.technique': 'French “technique”, FLICC is a name',
    'settings.interface': 'French “interface”',
    'profiles.audiences.description': 'French “description”',
    'library.change.fields.sources': 'French “sources”',
    'library.change.fields.notes': 'French “notes”',
    'compose.settings.format': 'French “format”',
    'compose.sources.heading': 'French “sources”',
    'compose.export.markdown': 'a format’s name',
    'compose.export.html': 'a format’s name',
    'rules.overkill.values.maxPoints.6': 'French “six”',
  },
  de: {
    'common.productName': 'product name',
    'library.filters.status': 'German “Status”',
    'library.form.status': 'German “Status”',
    'library.filters.region': 'German “Region”',
    'library.source.url': 'the URL is a link everywhere',
    'profiles.form.name': 'German “Name”',
    'profiles.spokespeople.organisation': 'German “Organisation”',
    'team.follow.name': 'German “Name”',
    'team.publish.version': 'German “Version”',
    'drafts.row.status': 'German “Status”',
    'compose.settings.format': 'German “Format”',
    'compose.counters.length': 'a channel’s name and a count: punctuation only',
    'compose.finding.inSection': 'a section’s name and a finding: punctuation only',
    'compose.export.markdown': 'a format’s name',
    'compose.export.html': 'a format’s name',
    'sidepanel.choice.option': 'an author and a post’s words: punctuation only',
    'team.follow.fieldProblem': 'a field’s label and its problem, punctuated as in English',
  },
  es: {
    'common.productName': 'product name',
    'settings.rules.levels.error': 'Spanish “error”',
    'compose.counters.length': 'a channel’s name and a count: punctuation only',
    'compose.finding.inSection': 'a section’s name and a finding: punctuation only',
    'compose.export.markdown': 'a format’s name',
    'compose.export.html': 'a format’s name',
    'sidepanel.choice.option': 'an author and a post’s words: punctuation only',
    'team.follow.fieldProblem': 'a field’s label and its problem, punctuated as in English',
  },
  it: {
    'common.productName': 'product name',
    'library.source.url': 'the URL is a link everywhere',
    'impact.filters.per': 'Italian “per”',
    'compose.counters.length': 'a channel’s name and a count: punctuation only',
    'compose.finding.inSection': 'a section’s name and a finding: punctuation only',
    'compose.export.markdown': 'a format’s name',
    'compose.export.html': 'a format’s name',
    'compose.preview.post': 'Italian “post”',
    'sidepanel.choice.option': 'an author and a post’s words: punctuation only',
    'sidepanel.choice.numbered': 'Italian “post”',
    'team.follow.fieldProblem': 'a field’s label and its problem, punctuated as in English',
  },
};

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') keys.set(path, child);
    else for (const [inner, text] of flatten(child, path)) keys.set(inner, text);
  }
  return keys;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();
/** The elements a <Trans> sentence holds ("<strong>…</strong>", "<keys/>"): a translation that loses one loses the element. */
const elements = (text: string) => [...text.matchAll(/<(\w+)\s*\/?>/g)].map((match) => match[1]).sort();
const english = flatten(en);
const baseOf = (key: string) => key.replace(pluralSuffix, '');
const pluralBases = (keys: Iterable<string>) => new Set([...keys].filter((key) => pluralSuffix.test(key)).map(baseOf));
const englishPlurals = pluralBases(english.keys());

describe.each(interfaceLanguageSchema.options.filter((language) => language !== 'en'))('the %s catalogue', (language) => {
  const catalogue = flatten(catalogues[language]);
  const singular = (keys: Iterable<string>) => [...keys].filter((key) => !pluralSuffix.test(key)).sort();

  it('has every English key and no other (plural forms aside)', () => {
    expect(singular(catalogue.keys())).toEqual(singular(english.keys()));
    expect([...pluralBases(catalogue.keys())].sort()).toEqual([...englishPlurals].sort());
  });

  it('has every plural form the language needs (Intl.PluralRules), and no other', () => {
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.map(String).sort();
    for (const base of englishPlurals) {
      const forms = [...catalogue.keys()].filter((key) => baseOf(key) === base && key !== base).map((key) => key.slice(base.length + 1));
      expect(forms.sort(), base).toEqual(needed);
    }
  });

  it('translates every string', () => {
    const allowed = sameAsEnglish[language] ?? {};
    const untranslated = [...catalogue].filter(([key, text]) => english.get(key) === text && !allowed[key]).map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('uses the same interpolation variables as English', () => {
    for (const [key, text] of catalogue) {
      const source = english.get(key) ?? english.get(`${baseOf(key)}_other`) ?? '';
      // A singular form may say "one" in words instead of {{count}}.
      const expected = variables(source).filter((name) => !(pluralSuffix.test(key) && name === 'count'));
      const found = variables(text).filter((name) => !(pluralSuffix.test(key) && name === 'count'));
      expect(found, `${language} ${key}`).toEqual(expected);
    }
  });

  it('holds the same elements as English', () => {
    for (const [key, text] of catalogue) {
      expect(elements(text), `${language} ${key}`).toEqual(elements(english.get(key) ?? english.get(`${baseOf(key)}_other`) ?? ''));
    }
  });
});

describe('the English catalogue', () => {
  it('has the plural forms English needs', () => {
    for (const base of englishPlurals) {
      expect(english.has(`${base}_one`) && english.has(`${base}_other`), base).toBe(true);
    }
  });
});
