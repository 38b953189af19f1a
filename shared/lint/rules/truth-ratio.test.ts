import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { truthRatio } from './truth-ratio';

const luxuryMyth = '⟦A common myth claims that they get luxury hotels and generous cash.⟧';

describeRule(truthRatio, {
  pass: [
    { name: 'fact twice, myth once', sandwich: {} },
    {
      name: 'fact stated in the explanation too',
      sandwich: { explanation: 'This is cherry-picking, because the allowance is £49.18 a week.' },
    },
    {
      name: 'with the entry',
      sandwich: { fact: exampleEntry.fact, factAgain: 'Basic support is £49.18 a week.' },
      context: { entry: exampleEntry },
    },
    {
      // Issue 14: counted 3 to 3 before, although no sentence but the myth section states the myth.
      name: 'issue 14: facts that name the myth’s subject count as the fact, never as the myth',
      sandwich: {
        fact: 'Undocumented immigrants pay billions in taxes every year, through sales tax, rent and payroll deductions.',
        myth: 'A false claim says they pay nothing.',
        explanation: 'The claim cherry-picks income tax and ignores the sales, property and payroll taxes that everyone pays.',
        factAgain: 'Undocumented immigrants pay taxes every day.',
      },
    },
    {
      name: 'the fact again in other words',
      sandwich: {
        fact: 'In Vienna, a council flat needs two years’ registration and an income under the limit.',
        myth: 'A myth you often hear: foreigners get the council flats first.',
        explanation:
          'It takes single neighbours as proof, anecdotes instead of statistics. The waiting times are long because the city grows.',
        factAgain: 'Two years in Vienna and an income under the limit: the same rules for everyone.',
      },
    },
    {
      name: 'a myth-first opening is left to fact-first and myth-once',
      sandwich: {
        fact: 'Immigrants are taking all our jobs, we hear. In reality, employment is at a record high.',
        myth: 'A common myth claims that migrants take jobs from British workers.',
        explanation: 'This is the lump of labour fallacy: newcomers spend their wages, which creates work.',
        factAgain: 'Employment is at a record high.',
      },
    },
    {
      name: 'German: the fact again in its own words',
      sandwich: {
        fact: 'Für Integrationskurse gibt es lange Wartelisten, laut BAMF.',
        myth: 'Ein verbreiteter Mythos lautet, Zugewanderte wollten kein Deutsch lernen.',
        explanation: 'Das verallgemeinert einzelne Begegnungen, denn wer arbeitet, lernt langsamer.',
        factAgain: 'Die Wartelisten für Integrationskurse sind lang, sagt das BAMF.',
      },
      context: { language: 'de' },
    },
    {
      name: 'Spanish: the fact again in other words',
      sandwich: {
        fact: 'Para votar en España hace falta la nacionalidad.',
        myth: 'Circula el bulo de que el Gobierno trae inmigrantes para que le voten.',
        explanation: 'Es una teoría de la conspiración, porque solo hay reglas públicas.',
        factAgain: 'Sin nacionalidad no se vota en España, según la ley electoral.',
      },
      context: { language: 'es' },
    },
    {
      name: 'Italian: the fact again',
      sandwich: {
        fact: 'Nel 2023 la Germania ha ricevuto più del doppio delle richieste d’asilo dell’Italia.',
        myth: 'Si legge spesso che l’Italia accolga da sola i richiedenti asilo di tutta Europa.',
        explanation: 'È cherry picking, perché si guardano gli sbarchi e non le domande.',
        factAgain: 'La Germania riceve più richieste d’asilo dell’Italia, secondo Eurostat.',
      },
      context: { language: 'it' },
    },
  ],
  fail: [
    {
      name: 'the last section does not restate the fact',
      sandwich: { myth: luxuryMyth, factAgain: 'Please share responsibly.' },
      message: 'The myth is stated once and the fact once: state the fact more often than the myth.',
    },
    {
      name: 'a call to action instead of the fact again',
      sandwich: { myth: luxuryMyth, factAgain: 'Check your facts today and share this with friends.' },
      message: 'The myth is stated once and the fact once: state the fact more often than the myth.',
    },
    {
      name: 'the myth stated again in the explanation',
      sandwich: {
        myth: luxuryMyth,
        explanation: 'They get luxury hotels and generous cash. Hotels are emergency housing, because other housing ran out.',
        factAgain: 'Thanks for reading.',
      },
      message: 'The myth is stated twice and the fact once: state the fact more often than the myth.',
    },
    {
      name: 'the myth asked again in the fact again',
      sandwich: {
        myth: '⟦A common claim says migrants take out more than they put in.⟧',
        explanation: 'This is cherry-picking: it counts costs and ignores taxes.',
        factAgain: 'So, do migrants take out more than they put in? Not really.',
      },
      message: 'The myth is stated twice and the fact once: state the fact more often than the myth.',
    },
    {
      name: 'with no myth section, the finding points at the first statement of the myth',
      sandwich: {
        fact: 'Support is £49.18 a week.',
        myth: '',
        explanation: '⟦They get luxury hotels and new phones.⟧ That is cherry-picking, because hotels are emergency housing.',
        factAgain: 'Asylum seekers still get luxury hotels and new phones.',
      },
      context: { entry: exampleEntry },
      message: 'The myth is stated twice and the fact once: state the fact more often than the myth.',
    },
    {
      name: 'French: a call to action',
      sandwich: {
        fact: 'Les demandeurs d’asile reçoivent 49,18 £ par semaine.',
        myth: '⟦Une rumeur prétend qu’ils vivent dans des hôtels de luxe.⟧',
        explanation: 'C’est une sélection trompeuse, parce que l’hôtel est un hébergement d’urgence.',
        factAgain: 'Partagez ce message autour de vous.',
      },
      context: { language: 'fr' },
      message: 'The myth is stated once and the fact once: state the fact more often than the myth.',
    },
    {
      name: 'Spanish: a question and an invitation instead of the fact',
      sandwich: {
        fact: 'Para votar en España hace falta la nacionalidad.',
        myth: '⟦Circula el bulo de que el Gobierno trae inmigrantes para que le voten.⟧',
        explanation: 'Es una teoría de la conspiración, porque solo hay reglas públicas.',
        factAgain: '¿Tienes dudas? Ven a la charla del jueves.',
      },
      context: { language: 'es' },
      message: 'The myth is stated once and the fact once: state the fact more often than the myth.',
    },
    {
      name: 'Italian: a reminder to check sources instead of the fact',
      sandwich: {
        fact: 'Nel 2023 la Germania ha ricevuto più del doppio delle richieste d’asilo dell’Italia.',
        myth: '⟦Si legge spesso che l’Italia accolga da sola i richiedenti asilo di tutta Europa.⟧',
        explanation: 'È cherry picking, perché si guardano gli sbarchi e non le domande.',
        factAgain: 'Ricordatevi di controllare sempre le fonti prima di condividere.',
      },
      context: { language: 'it' },
      message: 'The myth is stated once and the fact once: state the fact more often than the myth.',
    },
  ],
});
