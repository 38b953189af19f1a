import { describeRule } from '../testing/describe-rule';
import { alternativeExplanation } from './alternative-explanation';

const noCause =
  'The explanation does not say what is really going on: give the cause or the real story ("because…"), so the myth leaves no gap.';

describeRule(alternativeExplanation, {
  pass: [
    { name: 'because', sandwich: {} },
    { name: 'in fact', sandwich: { explanation: 'This is cherry-picking. In fact, hotels are emergency housing.' } },
    {
      name: 'French parce que',
      sandwich: { explanation: 'Les hôtels sont utilisés parce que les logements manquent.' },
      context: { language: 'fr' },
    },
    { name: 'German weil', sandwich: { explanation: 'Hotels werden genutzt, weil Wohnungen fehlen.' }, context: { language: 'de' } },
    {
      // Issue 14: "does not say what is really going on" although it names the real taxes.
      name: 'issue 14: the taxes everyone pays are what is really going on',
      sandwich: {
        fact: 'Undocumented immigrants pay billions in taxes every year, through sales tax, rent and payroll deductions.',
        myth: 'A false claim says they pay nothing.',
        explanation: 'The claim cherry-picks income tax and ignores the sales, property and payroll taxes that everyone pays.',
        factAgain: 'Undocumented immigrants pay taxes every day.',
      },
    },
    {
      name: 'the technique, then the real story',
      sandwich: { explanation: 'Cherry-picking: hotels are emergency housing, used when other housing runs out.' },
    },
    {
      name: 'a turn to another account',
      sandwich: { explanation: 'The myth treats jobs as a fixed pie, but newcomers also spend their wages and start businesses.' },
    },
    {
      name: 'French: the technique, then the real story',
      sandwich: { explanation: 'Sélection trompeuse : l’hôtel sert d’hébergement d’urgence, faute de places en centre.' },
      context: { language: 'fr' },
    },
    {
      name: 'Italian: the technique, then where the money goes',
      sandwich: { explanation: 'Travisamento dei dati: quella quota va a chi gestisce il centro, per vitto, alloggio e personale.' },
      context: { language: 'it' },
    },
  ],
  fail: [
    { name: 'only calls it false', sandwich: { explanation: '⟦This is cherry-picking. The post is false.⟧' }, message: noCause },
    { name: 'a list of denials', sandwich: { explanation: '⟦No hotels are luxurious. No phones are given.⟧' }, message: noCause },
    {
      name: 'the technique and a call to action',
      sandwich: { explanation: '⟦That’s anecdote as data, and fact-checkers looked into it. Don’t pass it on.⟧' },
      message: noCause,
    },
    {
      name: 'Spanish without a cause',
      sandwich: { explanation: '⟦Es una exageración.⟧' },
      context: { language: 'es' },
      message: noCause,
    },
    {
      name: 'German: the technique and how the post is shared',
      sandwich: {
        explanation: '⟦Der Beitrag betreibt Rosinenpickerei mit der Statistik. Solche Zahlen werden gern ohne Zusammenhang geteilt.⟧',
      },
      context: { language: 'de' },
      message: noCause,
    },
    {
      name: 'Italian: the technique and the spreaders’ motive',
      sandwich: { explanation: '⟦È un travisamento bello e buono. Chi lo diffonde gioca sulla paura.⟧' },
      context: { language: 'it' },
      message: noCause,
    },
  ],
});
