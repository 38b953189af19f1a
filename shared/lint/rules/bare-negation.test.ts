import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { bareNegation } from './bare-negation';

const bareDenial = 'A bare denial repeats the myth without replacing it: say what is true instead.';
const onlyDenies =
  "This sentence only denies the myth: people remember the myth's words and forget the “not”, so state what is true instead.";

describeRule(bareNegation, {
  pass: [
    {
      name: '"close to zero" is an amount, not a denial',
      sandwich: {
        fact: "In OECD countries, immigration's net effect on public finances is close to zero on average.",
        myth: 'A common myth claims that immigrants drain public finances.',
      },
    },
    { name: 'states what is true', sandwich: {} },
    {
      name: 'a negation about something else',
      sandwich: { explanation: 'This is cherry-picking, because people waiting for a decision are not allowed to work.' },
    },
    { name: 'the warning may call the claim false', sandwich: { myth: 'A false claim says they get luxury hotels.' } },
    { name: 'French without a retraction', sandwich: { factAgain: 'Le soutien est de 49,18 £ par semaine.' }, context: { language: 'fr' } },
    {
      name: 'a denial followed by the alternative in the same sentence',
      sandwich: { factAgain: 'They don’t get £1,000 a week: they get £49.18.' },
      context: { post: 'Migrants get £1,000 a week!' },
    },
    {
      name: 'a denial followed by the alternative in the next sentence',
      sandwich: { factAgain: 'They do not get luxury hotels. Their support is £49.18 a week.' },
    },
    {
      name: 'issue 14: the opposite claim is no denial ("pay billions" against "pay nothing")',
      sandwich: {
        fact: 'Undocumented immigrants pay billions in taxes every year, through sales tax, rent and payroll deductions.',
        myth: 'A false claim says they pay nothing.',
        explanation: 'The claim cherry-picks income tax and ignores the sales, property and payroll taxes that everyone pays.',
        factAgain: 'Undocumented immigrants pay taxes every day.',
      },
    },
    {
      name: 'a small amount is an amount, not a "not"',
      sandwich: {
        fact: 'In the OECD, immigration weighs very little on public finances.',
        myth: 'A common myth claims immigrants are a drain on public finances.',
      },
    },
    {
      name: 'French: a denial, then what the jobs really are',
      sandwich: {
        fact: 'Les immigrés ne prennent pas les emplois des Français : ils occupent des postes vacants.',
        myth: 'Une rumeur prétend que les immigrés prennent les emplois des Français.',
        explanation: 'C’est un sophisme, parce que les nouveaux venus créent aussi des emplois.',
        factAgain: 'Ils occupent des postes que personne ne prenait.',
      },
      context: { language: 'fr' },
    },
  ],
  fail: [
    {
      name: 'a retraction with an intensifier (German "Das stimmt so einfach nicht.")',
      sandwich: { factAgain: '⟦Das stimmt so einfach nicht⟧. Asylbewerber erhalten 49,18 £ pro Woche.' },
      context: { language: 'de' },
      message: bareDenial,
    },
    {
      name: 'a bare retraction',
      sandwich: { explanation: '⟦This is not true⟧. Hotels are emergency housing, because housing ran out.' },
      message: bareDenial,
    },
    { name: 'the myth with a not', sandwich: { factAgain: '⟦They do not get luxury hotels and generous cash.⟧' }, message: onlyDenies },
    {
      name: "the entry's myth negated, its whole list under the “not”",
      sandwich: { fact: '⟦Asylum seekers don’t get luxury hotels, new phones or cash handouts.⟧' },
      context: { entry: exampleEntry },
      message: onlyDenies,
    },
    {
      name: 'a bare answer to a question',
      sandwich: { factAgain: 'Do they get luxury hotels? ⟦Not really⟧.' },
      message: bareDenial,
    },
    {
      name: 'a denial about the group, even in words the myth does not use',
      sandwich: { fact: '⟦Refugees don’t take jobs from British people.⟧', myth: 'A common myth claims they push local workers out.' },
      message: onlyDenies,
    },
    {
      name: 'French retraction',
      sandwich: { explanation: 'Les hôtels sont un hébergement d’urgence. ⟦C’est faux⟧ de dire le contraire.' },
      context: { language: 'fr' },
      message: bareDenial,
    },
    {
      name: 'German retraction',
      sandwich: { explanation: '⟦Das stimmt nicht⟧, denn Hotels sind Notunterkünfte.' },
      context: { language: 'de' },
      message: bareDenial,
    },
    {
      name: 'German denial about the group',
      sandwich: {
        fact: '⟦Flüchtlinge nehmen den Deutschen keine Arbeitsplätze weg.⟧',
        myth: 'Achtung, Falschbehauptung: Sie verdrängten Einheimische.',
        explanation: 'Das ist ein Trugschluss, weil Geflüchtete oft dort arbeiten, wo Leute fehlen.',
        factAgain: 'Die Beschäftigung ist so hoch wie nie.',
      },
      context: { language: 'de' },
      message: onlyDenies,
    },
    {
      name: 'Spanish retraction',
      sandwich: { explanation: '⟦Eso es falso⟧: los hoteles son alojamiento de emergencia.' },
      context: { language: 'es' },
      message: bareDenial,
    },
    {
      name: 'Spanish: the myth with a "no"',
      sandwich: {
        fact: '⟦Los inmigrantes no colapsan la sanidad pública.⟧',
        myth: 'Circula el bulo de que los inmigrantes colapsan la sanidad pública.',
        explanation: 'Es una anécdota convertida en regla, porque faltan médicos.',
        factAgain: 'Las esperas vienen de la falta de médicos.',
      },
      context: { language: 'es' },
      message: onlyDenies,
    },
    {
      name: 'Italian: the myth with a "non"',
      sandwich: {
        fact: '⟦Gli immigrati non rubano il lavoro agli italiani.⟧',
        myth: 'Circola la falsa notizia che gli immigrati rubino il lavoro agli italiani.',
        explanation: 'È la fallacia della torta fissa, perché chi lavora consuma.',
        factAgain: 'L’occupazione è ai massimi.',
      },
      context: { language: 'it' },
      message: onlyDenies,
    },
  ],
});
