import { languageSchema } from '../../schema/language';
import { describeRule } from '../testing/describe-rule';
import { goodSandwichIn } from '../testing/sandwiches-by-language';
import { loadedLanguage } from './loaded-language';

const lingo = (term: string) => `“${term}” is the myth-spreaders' own lingo: repeating it spreads that frame, even in a rebuttal.`;
const slur = (term: string) => `“${term}” is a slur: repeating it spreads that frame, even in a rebuttal.`;
const dehumanising = (term: string) => `“${term}” is dehumanising language: repeating it spreads that frame, even in a rebuttal.`;
const sayWhatHappens = 'Say what happens in neutral words: people arrive, come, apply for asylum.';

describeRule(loadedLanguage, {
  fixesClearFindings: true,
  pass: [
    { name: 'neutral words', sandwich: {} },
    {
      name: 'words that contain a term',
      sandwich: { explanation: 'Flooding on the coast closed roads, because the river rose; a misinvasion is not a word.' },
    },
    { name: 'undocumented immigrants', sandwich: { fact: 'Undocumented immigrants in the US pay billions in taxes.' } },
    ...languageSchema.options
      .filter((language) => language !== 'en')
      .map((language) => ({
        name: `a good sandwich in ${language}`,
        sandwich: goodSandwichIn[language],
        context: { language },
      })),
    { name: 'a custom term not used', sandwich: {}, options: { extraTerms: [{ term: 'swamped', replacement: 'busy' }] } },
    {
      name: 'Italian "illegale" is not the German word',
      sandwich: { ...goodSandwichIn.it, explanation: "L'immigrazione illegale è calata, perché i controlli sono aumentati." },
      context: { language: 'it' },
    },
  ],
  fail: [
    {
      name: 'the name of a conspiracy theory: called one instead',
      sandwich: { explanation: 'This is the ⟦great replacement⟧ story, told without evidence since the 1970s.' },
      message: '“great replacement” is the name of a conspiracy theory: repeating it spreads that frame, even in a rebuttal.',
      fix: 'Call it a conspiracy theory rather than repeating its name.',
    },
    {
      name: 'illegals in the myth line',
      sandwich: { myth: 'A common myth claims that ⟦illegals⟧ get luxury hotels.' },
      message: slur('illegals'),
      fix: 'Use “people without legal status” instead.',
      fixed: 'A common myth claims that people without legal status get luxury hotels.',
    },
    {
      name: '"an invasion" and "a swarm": the article goes or changes with the noun',
      sandwich: { explanation: 'Talk of an ⟦invasion⟧ or a ⟦swarm⟧ is misleading, because numbers are small.' },
      findings: [
        {
          message: lingo('invasion'),
          fix: 'Use “large-scale immigration” instead.',
          fixed: 'Talk of large-scale immigration or a swarm is misleading, because numbers are small.',
        },
        {
          message: dehumanising('swarm'),
          fix: 'Use “a large group” instead.',
          fixed: 'Talk of an invasion or a large group is misleading, because numbers are small.',
        },
      ],
    },
    {
      name: 'a capitalised article keeps the sentence capitalised',
      sandwich: { myth: 'A common myth claims that an ⟦invasion⟧ is under way. An ⟦anchor baby⟧ gets a passport.' },
      findings: [
        {
          message: lingo('invasion'),
          fix: 'Use “large-scale immigration” instead.',
          fixed: 'A common myth claims that large-scale immigration is under way. An anchor baby gets a passport.',
        },
        {
          message: slur('anchor baby'),
          fix: 'Use “A child born in the country” instead.',
          fixed: 'A common myth claims that an invasion is under way. A child born in the country gets a passport.',
        },
      ],
    },
    {
      name: '"flood of migrants" keeps its number and the people it names',
      sandwich: {
        explanation: 'There is no ⟦flood of migrants⟧, only ⟦floods of refugees⟧ in the headlines, because numbers are stable.',
      },
      findings: [
        {
          message: dehumanising('flood of migrants'),
          fix: 'Use “large number of migrants” instead.',
          fixed: 'There is no large number of migrants, only floods of refugees in the headlines, because numbers are stable.',
        },
        {
          message: dehumanising('floods of refugees'),
          fix: 'Use “large numbers of refugees” instead.',
          fixed: 'There is no flood of migrants, only large numbers of refugees in the headlines, because numbers are stable.',
        },
      ],
    },
    {
      name: 'a verb has no one-word twin: advice instead of a swap',
      sandwich: { explanation: 'People do not ⟦swarm⟧ the border or ⟦invade⟧ towns, because most arrive by plane.' },
      findings: [
        { message: dehumanising('swarm'), fix: sayWhatHappens },
        { message: lingo('invade'), fix: sayWhatHappens },
      ],
    },
    {
      name: 'an adjective between the article and the term: advice, since "a real large-scale immigration" would not read',
      sandwich: { explanation: 'It is not a real ⟦invasion⟧, because arrivals fell.' },
      message: lingo('invasion'),
      fix: 'Say “large-scale immigration” instead, and adjust the words around it.',
    },
    {
      name: 'a term with no neutral word: advice, nothing to apply',
      sandwich: { explanation: 'Calling people ⟦vermin⟧ is cherry-picking the worst cases, because most arrivals work.' },
      message: dehumanising('vermin'),
      fix: 'Leave it out, or describe what is meant in neutral words.',
    },
    {
      name: 'French: the article and its elision still fit',
      sandwich: { ...goodSandwichIn.fr, myth: 'Une rumeur prétend que les ⟦clandestins⟧ provoquent l’⟦invasion⟧ du pays.' },
      context: { language: 'fr' },
      findings: [
        {
          message: lingo('clandestins'),
          fix: 'Use “sans-papiers” instead.',
          fixed: 'Une rumeur prétend que les sans-papiers provoquent l’invasion du pays.',
        },
        {
          message: lingo('invasion'),
          fix: 'Use “arrivée massive” instead.',
          fixed: 'Une rumeur prétend que les clandestins provoquent l’arrivée massive du pays.',
        },
      ],
    },
    {
      name: 'German: Asylanten, capital and case kept',
      sandwich: { ...goodSandwichIn.de, myth: 'Ein Mythos lautet: ⟦Asylanten⟧ leben im Luxus.' },
      context: { language: 'de' },
      message: slur('Asylanten'),
      fix: 'Use “Menschen im Asylverfahren” instead.',
      fixed: 'Ein Mythos lautet: Menschen im Asylverfahren leben im Luxus.',
    },
    {
      name: 'German: "illegale" before a noun stays an adjective, with its ending',
      sandwich: { ...goodSandwichIn.de, explanation: 'Die Zahl der ⟦illegalen⟧ Einreisen sinkt, weil die Kontrollen zunehmen.' },
      context: { language: 'de' },
      message: lingo('illegalen'),
      fix: 'Use “irregulären” instead.',
      fixed: 'Die Zahl der irregulären Einreisen sinkt, weil die Kontrollen zunehmen.',
    },
    {
      name: 'Spanish menas, and "ilegales" after a noun as an adjective',
      sandwich: { ...goodSandwichIn.es, myth: 'Circula el bulo de que los ⟦menas⟧ y los inmigrantes ⟦ilegales⟧ cobran más.' },
      context: { language: 'es' },
      findings: [
        {
          message: slur('menas'),
          fix: 'Use “menores extranjeros no acompañados” instead.',
          fixed: 'Circula el bulo de que los menores extranjeros no acompañados y los inmigrantes ilegales cobran más.',
        },
        {
          message: slur('ilegales'),
          fix: 'Use “en situación irregular” instead.',
          fixed: 'Circula el bulo de que los menas y los inmigrantes en situación irregular cobran más.',
        },
      ],
    },
    {
      name: 'Spanish: "una invasión" keeps its feminine article',
      sandwich: { ...goodSandwichIn.es, explanation: 'Hablar de una ⟦invasión⟧ es engañoso, porque las llegadas bajaron.' },
      context: { language: 'es' },
      message: lingo('invasión'),
      fix: 'Use “llegada masiva” instead.',
      fixed: 'Hablar de una llegada masiva es engañoso, porque las llegadas bajaron.',
    },
    {
      name: 'Italian: "i clandestini" and "l\'invasione", articles unchanged',
      sandwich: { ...goodSandwichIn.it, myth: "Circola la falsa notizia che i ⟦clandestini⟧ portano l'⟦invasione⟧." },
      context: { language: 'it' },
      findings: [
        {
          message: lingo('clandestini'),
          fix: 'Use “migranti irregolari” instead.',
          fixed: "Circola la falsa notizia che i migranti irregolari portano l'invasione.",
        },
        {
          message: lingo('invasione'),
          fix: 'Use “immigrazione su larga scala” instead.',
          fixed: "Circola la falsa notizia che i clandestini portano l'immigrazione su larga scala.",
        },
      ],
    },
    {
      name: "a team's own term",
      sandwich: { explanation: 'Schools are not ⟦swamped⟧, because births are falling.' },
      options: { extraTerms: [{ term: 'swamped', replacement: 'busy' }] },
      message: lingo('swamped'),
      fix: 'Use “busy” instead.',
      fixed: 'Schools are not busy, because births are falling.',
    },
    {
      name: "a team's English wording is not written into a French section",
      sandwich: { ...goodSandwichIn.fr, explanation: 'Les écoles ne sont pas ⟦swamped⟧, parce que les naissances baissent.' },
      context: { language: 'fr' },
      options: { extraTerms: [{ term: 'swamped', replacement: 'busy' }] },
      message: lingo('swamped'),
      fix: 'Leave it out, or describe what is meant in neutral words.',
    },
    {
      name: 'Dutch: a slur, with advice (its neutral words depend on what is meant)',
      sandwich: {
        ...goodSandwichIn.nl,
        explanation: 'Het woord ⟦gelukzoekers⟧ is misleidend, omdat de meeste asielzoekers vluchten voor oorlog.',
      },
      context: { language: 'nl' },
      message: slur('gelukzoekers'),
      fix: 'Leave it out, or describe what is meant in neutral words.',
    },
    {
      name: 'Greek: a slur in any case ending',
      sandwich: { ...goodSandwichIn.el, myth: 'Κυκλοφορεί ο μύθος ότι οι ⟦λαθρομετανάστες⟧ ζουν στη χλιδή.' },
      context: { language: 'el' },
      message: slur('λαθρομετανάστες'),
      fix: 'Leave it out, or describe what is meant in neutral words.',
    },
  ],
});
