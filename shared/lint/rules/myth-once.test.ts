import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { exampleEntryWithShort } from '../testing/example-entry-with-short';
import { mythOnce } from './myth-once';

const states = 'This states the myth again outside the myth section: say it once, in the myth section, and state the fact here.';
const asks = 'This asks the myth as a question outside the myth section: say the myth once, in the myth section, and state the fact here.';
const echo = "This repeats the myth-spreaders' wording outside the myth section: say the myth once, and use your own words here.";
const shortFactFix = "Say the library entry's fact instead.";

describeRule(mythOnce, {
  pass: [
    { name: 'the myth only in the myth section', sandwich: {} },
    { name: 'with the entry, fact words only', sandwich: { fact: exampleEntry.fact }, context: { entry: exampleEntry } },
    {
      name: 'topic words without the myth phrase',
      sandwich: { explanation: 'This is cherry-picking: hotels are emergency housing, because other housing ran out.' },
      context: { entry: exampleEntry, post: 'They get free iPhones and four star hotels!!' },
    },
    {
      name: "the myth's words inside a source link are not an echo",
      sandwich: { factAgain: 'Support is £49.18 a week: https://fullfact.org/online/asylum-seekers-get-luxury-hotels-generous-cash/' },
    },
    {
      // Issue 14: the fact names the myth's subject and predicate with the opposite polarity.
      name: 'issue 14: "pay billions in taxes" and "pay taxes every day" against "they pay nothing"',
      sandwich: {
        fact: 'Undocumented immigrants pay billions in taxes every year, through sales tax, rent and payroll deductions.',
        myth: 'A false claim says they pay nothing.',
        explanation: 'The claim cherry-picks income tax and ignores the sales, property and payroll taxes that everyone pays.',
        factAgain: 'Undocumented immigrants pay taxes every day.',
      },
    },
    {
      name: 'a denial followed by what is true states the fact, not the myth',
      sandwich: { factAgain: 'They do not get luxury hotels and generous cash; support is £49.18 a week.' },
    },
    {
      name: "the post's slogan denied, with the real figure",
      sandwich: { factAgain: 'So no, there are no free iPhones and four star hotels, just £49.18 a week.' },
      context: { post: 'They get free iPhones and four star hotels!!' },
    },
    {
      name: 'the explanation may refer to the myth to say how it misleads',
      sandwich: { explanation: 'The claim assumes every hotel is a luxury hotel, because photos of lobbies go viral.' },
    },
    {
      // Round 2: the explanation may grant a point or discuss the topic without telling the myth again.
      name: 'a concession in the explanation is not the myth ("To be fair, …")',
      sandwich: {
        myth: 'A common myth claims that migrants use the NHS without paying in.',
        explanation: 'To be fair, some groups are exempt, including asylum seekers and refugees, who use the NHS like any other resident.',
      },
    },
    {
      name: 'the topic without the people the myth is about ("reported offences have risen")',
      sandwich: {
        myth: 'A common myth claims that immigration caused a dramatic rise in sexual crime in Sweden.',
        explanation: 'Reported sexual offences have risen, which is why the legal definition matters.',
      },
    },
    {
      name: '"don\'t get X for nothing" says they pay',
      sandwich: {
        fact: "Most migrants don't get the NHS for nothing: visa holders pay £1,035 a year for it.",
        myth: 'A common myth claims that migrants get the NHS for free.',
      },
    },
    {
      name: 'a warning about a rumour\'s topic ("about how many…") does not state it',
      sandwich: {
        fact: "Heads up, there's a rumour doing the rounds about how many migrants live in Europe. It is 5.3%.",
        myth: 'A common myth claims that Europe has far more migrants than the figures admit.',
      },
    },
    {
      name: 'the explanation describes what the post does, then corrects it',
      sandwich: {
        explanation:
          'The trick is cherry picking: the post picks out hotel stays and phones and presents them as a lifestyle. In fact, hotels are emergency housing.',
      },
    },
    {
      name: '"Did you know…?" offers the fact, it does not retell the myth',
      sandwich: { explanation: 'Did you know that hotels are emergency housing, used when other housing runs out?' },
    },
    {
      name: 'an opening question is question-frame’s finding, not this one',
      sandwich: { fact: 'Do they get luxury hotels and generous cash? No: they get £49.18 a week.' },
    },
  ],
  fail: [
    {
      // Round 2: a myth told again in other words, by its form: hearsay, a rhetorical question, a paraphrase.
      name: 'the explanation retells the myth as hearsay ("Some people say…")',
      sandwich: {
        myth: 'Watch out for a claim going round: undocumented immigrants get free Medicaid and Obamacare.',
        explanation:
          "⟦Some people say they're handed free coverage through Medicaid and the ACA.⟧ In reality federal law shuts them out of both.",
      },
      message: states,
    },
    {
      name: 'the explanation says the myth about the people it is about, then corrects it ("… In reality, …")',
      sandwich: {
        myth: 'A common myth claims that asylum seekers live in luxury hotels on generous cash.',
        explanation:
          '⟦So asylum seekers are living it up in luxury hotels with money to burn.⟧ In reality, hotels are emergency housing used when other housing runs out.',
      },
      message: states,
    },
    {
      name: 'the explanation asks the myth again as a rhetorical question',
      sandwich: {
        myth: 'Une rumeur prétend que l’Europe deviendra bientôt majoritairement musulmane.',
        explanation:
          '⟦Alors, l’Europe sera-t-elle bientôt majoritairement musulmane ?⟧ Non : même le scénario le plus haut donne 14 % en 2050.',
      },
      context: { language: 'fr' },
      message: asks,
    },
    {
      name: 'the explanation paraphrases the myth ("Autrement dit, …")',
      sandwich: {
        myth: 'Une rumeur prétend qu’un migrant tout juste arrivé toucherait plus qu’un petit retraité.',
        explanation:
          '⟦Autrement dit, un migrant arrivé hier toucherait davantage d’argent qu’un retraité.⟧ Or le minimum vieillesse exige dix ans de résidence légale.',
      },
      context: { language: 'fr' },
      message: states,
    },
    {
      name: 'the explanation says the myth again in full, reported',
      sandwich: {
        explanation: '⟦Saying that they get luxury hotels and generous cash is cherry-picking, because hotels are emergency housing.⟧',
      },
      message: states,
    },
    {
      name: "the entry's myth in other words in the fact again: the fix puts the short fact in place of the sentence",
      sandwich: { factAgain: 'Thanks for reading. ⟦Asylum seekers still get luxury hotels and new phones.⟧' },
      context: { entry: exampleEntryWithShort },
      message: states,
      fix: shortFactFix,
      fixed: 'Thanks for reading. UK asylum seekers get £49.18 a week, or £8.86 if meals are provided.',
    },
    {
      name: 'the myth as a question with a bare answer: the fix replaces both',
      sandwich: { factAgain: '⟦So, do they get luxury hotels and generous cash?⟧ Not really.' },
      context: { entry: exampleEntryWithShort },
      message: asks,
      fix: shortFactFix,
      fixed: 'UK asylum seekers get £49.18 a week, or £8.86 if meals are provided.',
    },
    {
      // Issue 14: missed before unless the myth section said it word for word.
      name: 'issue 14: "So, do migrants take out more than they put in? Not really." in the fact again',
      sandwich: {
        myth: 'A common claim says migrants take out more than they put in.',
        factAgain: '⟦So, do migrants take out more than they put in?⟧ Not really.',
      },
      message: asks,
    },
    {
      name: "the spreaders' slogan inside a sentence about something else",
      sandwich: {
        explanation:
          'The phrase ⟦free iPhones and four star hotels⟧ appears in dozens of posts from the same three accounts, because it is a slogan.',
      },
      context: { post: 'They get free iPhones and four star hotels!!' },
      message: echo,
    },
    {
      name: 'the myth stated twice in its own section',
      sandwich: {
        myth: 'A common myth claims asylum seekers get luxury hotels. ⟦They say asylum seekers get new phones and cash handouts.⟧',
      },
      context: { entry: exampleEntry },
      message: 'The myth is stated again in the same section: once is enough to say what is being corrected.',
    },
    {
      name: 'French: the myth as a question in the fact again',
      sandwich: {
        fact: 'Les demandeurs d’asile reçoivent 49,18 £ par semaine.',
        myth: 'Une rumeur prétend qu’ils vivent dans des hôtels de luxe.',
        explanation: 'C’est une sélection trompeuse, parce que l’hôtel est un hébergement d’urgence.',
        factAgain: '⟦Bref, ils vivent dans des hôtels de luxe ?⟧',
      },
      context: { language: 'fr' },
      message: asks,
    },
    {
      name: 'German: the myth reported again ("heißt es")',
      sandwich: {
        fact: 'Asylbewerber erhalten 49,18 £ pro Woche.',
        myth: 'Ein verbreiteter Mythos lautet, sie wohnten in Luxushotels.',
        explanation: 'Das ist Rosinenpickerei, weil Hotels Notunterkünfte sind.',
        factAgain: '⟦Trotzdem wohnen sie in Luxushotels, heißt es.⟧',
      },
      context: { language: 'de' },
      message: states,
    },
    {
      name: 'Spanish: the myth as a question',
      sandwich: {
        fact: 'Los solicitantes de asilo reciben 49,18 £ a la semana.',
        myth: 'Circula el bulo de que viven en hoteles de lujo.',
        explanation: 'Es una selección interesada, porque el hotel es un alojamiento de emergencia.',
        factAgain: '⟦¿Viven entonces en hoteles de lujo?⟧ Para nada.',
      },
      context: { language: 'es' },
      message: asks,
    },
    {
      name: 'Italian: the myth as a question',
      sandwich: {
        fact: 'I richiedenti asilo ricevono 49,18 sterline a settimana.',
        myth: 'Circola la falsa notizia che vivano in hotel di lusso.',
        explanation: 'È cherry picking, perché l’hotel è un alloggio di emergenza.',
        factAgain: '⟦Quindi vivono in hotel di lusso?⟧ No.',
      },
      context: { language: 'it' },
      message: asks,
    },
  ],
});
