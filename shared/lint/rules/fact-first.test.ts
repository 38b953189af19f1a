import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { exampleEntryWithShort } from '../testing/example-entry-with-short';
import { factFirst } from './fact-first';

const opensWithMyth = 'The opening states the myth: lead with the fact, because the first thing people read is what they remember.';
const leadWithOwnFact = 'Open with your own statement of the fact, and keep the myth for the myth section.';
const jobsMyth = 'A common myth claims that migrants take jobs from British workers.';

describeRule(factFirst, {
  pass: [
    { name: 'the fact first, without an entry', sandwich: {} },
    { name: "the entry's fact first", sandwich: { fact: exampleEntry.fact }, context: { entry: exampleEntry } },
    {
      name: 'fact words shared with the myth are fine',
      sandwich: { fact: 'Asylum seekers in the UK get £49.18 a week, not hotel luxury budgets.' },
      context: { entry: exampleEntry },
    },
    {
      name: 'French fact against a French translation',
      sandwich: { fact: 'Au Royaume-Uni, les demandeurs d’asile reçoivent 49,18 £ par semaine.' },
      context: { entry: exampleEntry, language: 'fr' },
    },
    {
      // Issue 14: a fact that names the myth's subject with the opposite polarity is the fact.
      name: 'issue 14: "pay billions in taxes" against "they pay nothing"',
      sandwich: {
        fact: 'Undocumented immigrants pay billions in taxes every year, through sales tax, rent and payroll deductions.',
        myth: 'A false claim says they pay nothing.',
        explanation: 'The claim cherry-picks income tax and ignores the sales, property and payroll taxes that everyone pays.',
        factAgain: 'Undocumented immigrants pay taxes every day.',
      },
    },
    {
      name: 'issue 14: "cannot claim mainstream benefits" against "collect ordinary welfare benefits"',
      sandwich: {
        fact: 'Asylum seekers in hotels cannot claim mainstream benefits: they live on £49.18 a week.',
        myth: 'A common myth claims that asylum seekers in hotels also collect ordinary welfare benefits.',
      },
    },
    {
      name: 'the same in French, marked French',
      sandwich: {
        fact: 'Les sans-papiers paient des impôts chaque jour.',
        myth: "Une rumeur prétend qu'ils ne paient pas d'impôts.",
        explanation: "C'est une sélection trompeuse, parce qu'on oublie la TVA.",
        factAgain: 'Ils paient la TVA à chaque achat.',
      },
      context: { language: 'fr' },
    },
    {
      name: 'the same in German',
      sandwich: {
        fact: 'Asylbewerber zahlen Steuern, zum Beispiel Mehrwertsteuer bei jedem Einkauf.',
        myth: 'Ein verbreiteter Mythos lautet, Asylbewerber zahlten keine Steuern.',
        explanation: 'Das ist Rosinenpickerei, weil die Mehrwertsteuer vergessen wird.',
        factAgain: 'Mehrwertsteuer zahlt jeder, bei jedem Einkauf.',
      },
      context: { language: 'de' },
    },
    {
      name: 'the same in Spanish',
      sandwich: {
        fact: 'Los indocumentados pagan impuestos cada día.',
        myth: 'Circula el bulo de que no pagan impuestos.',
        explanation: 'Es una selección interesada, porque olvida el IVA.',
        factAgain: 'Pagan el IVA en cada compra.',
      },
      context: { language: 'es' },
    },
    {
      name: 'the same in Italian',
      sandwich: {
        fact: 'Gli stranieri pagano le tasse ogni giorno.',
        myth: 'Circola la falsa notizia che gli stranieri non paghino le tasse.',
        explanation: 'È cherry picking, perché si dimentica l’IVA.',
        factAgain: 'Pagano l’IVA a ogni acquisto.',
      },
      context: { language: 'it' },
    },
    {
      name: 'an opening question is left to question-frame',
      sandwich: { fact: 'Do migrants take our jobs? No: employment rose.', myth: jobsMyth },
    },
    // Where the claim reader does not read the language, the myth is known by its words: a fact
    // that shares a few of them, or denies them, is not the myth.
    {
      name: 'Dutch: the fact first',
      sandwich: {
        fact: 'De werkgelegenheid in Nederland is nog nooit zo hoog geweest.',
        myth: 'Een veelgehoorde mythe luidt: Migranten nemen de banen van Nederlanders af.',
        explanation: 'Dit is een denkfout, omdat nieuwkomers ook banen scheppen.',
        factAgain: 'Er werken meer mensen dan ooit, volgens het CBS.',
      },
      context: { language: 'nl' },
    },
    {
      name: 'Polish: a fact that denies the myth in its words',
      sandwich: {
        fact: 'Migranci nie zabierają Polakom pracy: zatrudnienie jest rekordowo wysokie.',
        myth: 'Krąży mit, że migranci zabierają Polakom pracę.',
        explanation: 'To błąd logiczny, ponieważ nowi pracownicy też tworzą miejsca pracy.',
        factAgain: 'Zatrudnienie jest rekordowo wysokie, według GUS.',
      },
      context: { language: 'pl' },
    },
  ],
  fail: [
    {
      name: "the entry's myth as the opening: the fix puts the short fact in place of the myth and of the restatement after it",
      sandwich: { fact: '⟦Asylum seekers get luxury hotels and generous cash handouts.⟧ In fact they get £49.18 a week.' },
      context: { entry: exampleEntryWithShort },
      message: opensWithMyth,
      fix: "Open with the library entry's fact, in a short sentence.",
      fixed: 'UK asylum seekers get £49.18 a week, or £8.86 if meals are provided.',
    },
    {
      name: 'an entry without a short fact that fits the preview: guidance only, never the whole 130-character fact',
      sandwich: { fact: '⟦Asylum seekers get luxury hotels and generous cash handouts.⟧ In fact they get £49.18 a week.' },
      context: { entry: exampleEntry },
      message: opensWithMyth,
    },
    {
      name: 'the captured post as the opening',
      sandwich: { fact: '⟦Migrants get free phones and four-star hotels.⟧ Here are the facts.' },
      context: { post: 'Migrants get free phones and four-star hotels while pensioners freeze!' },
      message: opensWithMyth,
    },
    {
      name: "the spreaders' slogan in the opening, inside a sentence about something else",
      sandwich: {
        fact: '⟦The phrase free iPhones and four star hotels appears in dozens of posts from three accounts.⟧ Asylum seekers get £49.18 a week.',
      },
      context: { post: 'They get free iPhones and four star hotels!!' },
      message:
        "The opening repeats the myth-spreaders' words: lead with the fact, because the first thing people read is what they remember.",
      fix: leadWithOwnFact,
      fixed: 'Asylum seekers get £49.18 a week.',
    },
    {
      name: "the draft's own myth section as the opening: the fix leads with the draft's own fact",
      sandwich: { fact: '⟦They get luxury hotels and generous cash.⟧ The truth is £49.18 a week.' },
      message: opensWithMyth,
      fix: leadWithOwnFact,
      fixed: 'The truth is £49.18 a week.',
    },
    {
      name: 'opening with the warning',
      sandwich: { fact: '⟦A common myth claims that asylum seekers live in luxury.⟧ They get £49.18 a week.' },
      message: 'The draft opens with the myth warning: open with the fact, and keep the myth for the second section.',
    },
    {
      // Issue 14: caught although the myth section says it in other words.
      name: 'issue 14: "Immigrants are taking all our jobs." as the opening',
      sandwich: {
        fact: '⟦Immigrants are taking all our jobs.⟧',
        myth: jobsMyth,
        explanation: 'This is the lump of labour fallacy: newcomers spend their wages, which creates work.',
        factAgain: 'Employment among UK-born workers is at a record high.',
      },
      message: opensWithMyth,
    },
    {
      name: 'a claim the next sentence corrects: the fix drops "In fact," and leads with it',
      sandwich: {
        fact: '⟦Migrants are taking all our jobs, or so we hear.⟧ In fact, UK employment is at a record high.',
        myth: jobsMyth,
        explanation: 'This is the lump of labour fallacy: newcomers spend their wages, which creates work.',
        factAgain: 'Employment is at a record high.',
      },
      message: opensWithMyth,
      fix: leadWithOwnFact,
      fixed: 'UK employment is at a record high.',
    },
    {
      name: 'French, in other words',
      sandwich: {
        fact: '⟦Les immigrés nous prennent tous nos emplois.⟧',
        myth: 'Une rumeur prétend que les immigrés prennent les emplois des Français.',
        explanation: 'C’est un sophisme, parce que les nouveaux venus créent aussi des emplois.',
        factAgain: 'L’emploi n’a jamais été aussi élevé.',
      },
      context: { language: 'fr' },
      message: opensWithMyth,
    },
    {
      name: 'German, with the verb split ("nehmen … weg")',
      sandwich: {
        fact: '⟦Migranten nehmen uns die Arbeitsplätze weg.⟧',
        myth: 'Ein verbreiteter Mythos lautet, Migranten würden Arbeitsplätze wegnehmen.',
        explanation: 'Das ist ein Trugschluss, weil Zugewanderte auch Arbeit schaffen.',
        factAgain: 'Die Beschäftigung ist so hoch wie nie.',
      },
      context: { language: 'de' },
      message: opensWithMyth,
    },
    {
      name: 'German corrected by "Tatsächlich": no fix, as German word order would break',
      sandwich: {
        fact: '⟦Flüchtlinge bekommen mehr als Rentner.⟧ Tatsächlich liegen die Leistungen unter dem Bürgergeld.',
        myth: 'Ein verbreiteter Mythos lautet, Geflüchtete erhielten mehr als Rentner.',
        explanation: 'Das ist ein falscher Vergleich, weil Asylbewerber weniger bekommen.',
        factAgain: 'Die Leistungen liegen unter dem Bürgergeld.',
      },
      context: { language: 'de' },
      message: opensWithMyth,
    },
    {
      name: 'Spanish, in other words',
      sandwich: {
        fact: '⟦Los inmigrantes nos quitan el trabajo.⟧',
        myth: 'Circula el bulo de que los inmigrantes quitan el trabajo a los españoles.',
        explanation: 'Es la falacia de la tarta fija, porque quien trabaja también consume.',
        factAgain: 'El empleo está en máximos.',
      },
      context: { language: 'es' },
      message: opensWithMyth,
    },
    {
      name: 'Italian, in other words',
      sandwich: {
        fact: '⟦Gli immigrati ci rubano il lavoro.⟧',
        myth: 'Circola la falsa notizia che gli immigrati rubino il lavoro agli italiani.',
        explanation: 'È un errore, perché chi lavora consuma e crea lavoro.',
        factAgain: 'L’occupazione è ai massimi.',
      },
      context: { language: 'it' },
      message: opensWithMyth,
    },
    {
      name: "Dutch: the myth in the myth section's words",
      sandwich: {
        fact: '⟦Migranten nemen onze banen af.⟧',
        myth: 'Een veelgehoorde mythe luidt: Migranten nemen de banen van Nederlanders af.',
        explanation: 'Dit is een denkfout, omdat nieuwkomers ook banen scheppen.',
        factAgain: 'De werkgelegenheid is nog nooit zo hoog geweest.',
      },
      context: { language: 'nl' },
      message: opensWithMyth,
    },
    {
      name: 'Swedish: the myth first',
      sandwich: {
        fact: '⟦Invandrare tar jobben från svenskarna.⟧',
        myth: 'En vanlig myt lyder: Invandrare tar jobben från svenskarna.',
        explanation: 'Det här är ett logiskt felslut, eftersom nya arbetstagare också skapar jobb.',
        factAgain: 'Sysselsättningen är rekordhög.',
      },
      context: { language: 'sv' },
      message: opensWithMyth,
    },
    {
      name: 'Greek: the myth first',
      sandwich: {
        fact: '⟦Οι μετανάστες παίρνουν τις δουλειές των Ελλήνων.⟧',
        myth: 'Κυκλοφορεί ο μύθος ότι οι μετανάστες παίρνουν τις δουλειές των Ελλήνων.',
        explanation: 'Πρόκειται για λογικό σφάλμα, επειδή οι νέοι εργαζόμενοι δημιουργούν και θέσεις εργασίας.',
        factAgain: 'Η απασχόληση είναι σε υψηλό επίπεδο.',
      },
      context: { language: 'el' },
      message: opensWithMyth,
    },
    {
      name: 'Portuguese: the myth first, in the words of the myth section',
      sandwich: {
        fact: '⟦Os imigrantes recebem hotéis de luxo e dinheiro em abundância.⟧',
        myth: 'Circula o mito de que os imigrantes recebem hotéis de luxo.',
        explanation: 'É uma escolha seletiva dos dados, porque os hotéis são alojamento de emergência.',
        factAgain: 'O apoio é de 49,18 £ por semana.',
      },
      context: { language: 'pt' },
      message: opensWithMyth,
    },
  ],
});
