import { describe, expect, it } from 'vitest';
import type { SectionId } from '../../schema/draft';
import type { LintContext } from '../lint-context';
import { LintDocument } from './lint-document';

type Case = [name: string, sections: Partial<Record<SectionId, string>>, context: LintContext, section: SectionId, stances: string];

/** Each sentence's stance in one section, as "stance (how)", comma-separated; "bare" marks a bare denial. */
function stances(sections: Partial<Record<SectionId, string>>, context: LintContext, section: SectionId): string {
  const document = new LintDocument({ fact: '', myth: '', explanation: '', factAgain: '', ...sections }, context);
  return document
    .judgement(section)
    .map((judgement) => `${judgement.stance}${judgement.how ? ` (${judgement.how})` : ''}${judgement.bareDenial ? ' bare' : ''}`)
    .join(', ');
}

const taxesMyth = 'A false claim says they pay nothing.';
const jobsMyth = 'A common myth claims that migrants take jobs from British workers.';

describe('the claim judgement', () => {
  it.each<Case>([
    // Issue 14, accused although correct: a fact that names the myth's subject with the opposite polarity.
    [
      'billions in taxes against "they pay nothing"',
      {
        fact: 'Undocumented immigrants pay billions in taxes every year, through sales tax, rent and payroll deductions.',
        myth: taxesMyth,
      },
      {},
      'fact',
      'fact (denies)',
    ],
    ['taxes every day', { factAgain: 'Undocumented immigrants pay taxes every day.', myth: taxesMyth }, {}, 'factAgain', 'fact (denies)'],
    [
      '"cannot claim mainstream benefits" is no claim that they collect welfare',
      {
        fact: 'Asylum seekers in hotels cannot claim mainstream benefits.',
        myth: 'A common myth claims that asylum seekers in hotels also collect ordinary welfare benefits.',
      },
      {},
      'fact',
      'neither bare',
    ],
    // Issue 14, missed: the myth in other words, and as a question.
    ['the myth paraphrased', { fact: 'Immigrants are taking all our jobs.', myth: jobsMyth }, {}, 'fact', 'myth (asserts)'],
    [
      'the myth as a question, then a bare answer',
      {
        factAgain: 'So, do migrants take out more than they put in? Not really.',
        myth: 'A common claim says migrants take out more than they put in.',
      },
      {},
      'factAgain',
      'myth (asserts), neither',
    ],
    [
      'the myth reported ("some say")',
      { factAgain: 'Some say migrants take our jobs.', myth: jobsMyth },
      {},
      'factAgain',
      'myth (asserts)',
    ],
    [
      'a comparison the other way round',
      { factAgain: 'Migrants put in more than they take out.', myth: 'A common claim says migrants take out more than they put in.' },
      {},
      'factAgain',
      'fact (denies)',
    ],
    ['the myth with a "not" only', { factAgain: "Migrants don't take our jobs.", myth: jobsMyth }, {}, 'factAgain', 'fact (denies) bare'],
    [
      'a "not" and then what is true',
      { factAgain: "Migrants don't take our jobs: they fill vacancies.", myth: jobsMyth },
      {},
      'factAgain',
      'fact (denies)',
    ],
    [
      'a sentence the next one corrects',
      { fact: 'Migrants take our jobs, we keep hearing. In reality, employment is at a record high.' },
      {},
      'fact',
      'myth (corrected), neither',
    ],
    [
      'a "not" that narrows the object is no claim that they take jobs',
      { fact: 'Migrants take jobs that nobody else wants.', myth: jobsMyth },
      {},
      'fact',
      'neither',
    ],
    [
      'a supposition ("if…") asserts nothing',
      {
        fact: 'If immigrants were taking jobs from Black workers, Black unemployment would not have hit a record low.',
        myth: 'A common myth claims that immigrants take jobs from Black workers.',
      },
      {},
      'fact',
      'neither',
    ],
    [
      '"In fact" after a sentence that is not about the myth corrects nothing',
      { fact: 'Thanks for asking. In fact, employment is at a record high.', myth: jobsMyth },
      {},
      'fact',
      'neither, neither',
    ],
    [
      "the spreaders' slogan inside a sentence about something else",
      { explanation: 'The phrase free iPhones and four star hotels appears in dozens of posts from the same three accounts this week.' },
      { post: 'They get free iPhones and four star hotels!!' },
      'explanation',
      'myth (echoes)',
    ],
    [
      "the fact's own figure",
      { fact: 'Asylum seekers in the UK live on £49.18 a week.', factAgain: 'That is £49.18, full stop.' },
      {},
      'factAgain',
      'fact (restates)',
    ],
    // Five languages: the fact naming the subject, and the myth in other words.
    [
      'fr: the fact',
      { fact: 'Les sans-papiers paient des impôts chaque jour.', myth: "Une rumeur prétend qu'ils ne paient pas d'impôts." },
      { language: 'fr' },
      'fact',
      'fact (denies)',
    ],
    [
      'fr: the myth',
      {
        fact: 'Les immigrés nous prennent tous nos emplois.',
        myth: 'Une rumeur prétend que les immigrés prennent les emplois des Français.',
      },
      { language: 'fr' },
      'fact',
      'myth (asserts)',
    ],
    [
      'de: the fact',
      {
        fact: 'Asylbewerber zahlen Steuern, zum Beispiel Mehrwertsteuer bei jedem Einkauf.',
        myth: 'Ein verbreiteter Mythos lautet, Asylbewerber zahlten keine Steuern.',
      },
      { language: 'de' },
      'fact',
      'fact (denies)',
    ],
    [
      'de: the myth, with its verb split ("nehmen … weg")',
      {
        fact: 'Migranten nehmen uns die Arbeitsplätze weg.',
        myth: 'Ein verbreiteter Mythos lautet, Migranten würden Arbeitsplätze wegnehmen.',
      },
      { language: 'de' },
      'fact',
      'myth (asserts)',
    ],
    [
      'es: the fact',
      { fact: 'Los indocumentados pagan impuestos cada día.', myth: 'Circula el bulo de que los inmigrantes no pagan impuestos.' },
      { language: 'es' },
      'fact',
      'fact (denies)',
    ],
    [
      'es: the myth as a question',
      {
        fact: '¿Nos quitan los inmigrantes el trabajo?',
        myth: 'Circula el bulo de que los inmigrantes quitan el trabajo a los españoles.',
      },
      { language: 'es' },
      'fact',
      'myth (asserts)',
    ],
    [
      'it: the fact',
      { fact: 'Gli stranieri pagano le tasse ogni giorno.', myth: 'Circola la falsa notizia che gli stranieri non paghino le tasse.' },
      { language: 'it' },
      'fact',
      'fact (denies)',
    ],
    [
      'it: the myth',
      { fact: 'Gli immigrati ci rubano il lavoro.', myth: 'Circola la falsa notizia che gli immigrati rubino il lavoro agli italiani.' },
      { language: 'it' },
      'fact',
      'myth (asserts)',
    ],
  ])('%s', (_name, sections, context, section, expected) => {
    expect(stances(sections, context, section)).toBe(expected);
  });
});

describe('each section in its own language', () => {
  const english = {
    fact: 'Undocumented immigrants pay billions in taxes every year.',
    myth: 'A false claim says they pay nothing.',
    explanation: 'The claim cherry-picks income tax and ignores the sales taxes that everyone pays.',
    factAgain: 'Undocumented immigrants pay taxes every day.',
  };

  it('reads an English draft marked French as English, and judges it so', () => {
    const document = new LintDocument(english, { language: 'fr' });
    expect(document.declaredLanguage).toBe('fr');
    expect(document.language).toBe('en');
    expect(Object.values(document.sections).map((section) => section.language)).toEqual(['en', 'en', 'en', 'en']);
    expect(stances(english, { language: 'fr' }, 'fact')).toBe('fact (denies)');
  });

  it('keeps a French section French in an English draft', () => {
    const mixed = { ...english, factAgain: 'Les sans-papiers paient des impôts chaque jour, selon la Cour des comptes.' };
    const document = new LintDocument(mixed, { language: 'en' });
    expect(document.sections.factAgain.language).toBe('fr');
    expect(document.sections.fact.language).toBe('en');
  });

  it('keeps the declared language for a short section that leans to it', () => {
    const longer = { ...english, fact: `${english.fact} They pay it through sales tax and rent, and many have it taken from their pay.` };
    const document = new LintDocument({ ...longer, explanation: 'Es una exageración.' }, { language: 'es' });
    expect(document.language).toBe('en');
    expect(document.sections.explanation.language).toBe('es');
  });

  it('does not switch a section on a name or a short word', () => {
    const document = new LintDocument({ ...english, factAgain: 'Merci !' }, { language: 'fr' });
    expect(document.sections.factAgain.language).toBe('en');
  });
});
