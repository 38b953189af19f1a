import { describeRule } from '../testing/describe-rule';
import { loadedLanguage } from './loaded-language';

describeRule(loadedLanguage, {
  pass: [
    { name: 'neutral words', sandwich: {} },
    {
      name: 'words that contain a term',
      sandwich: { explanation: 'Flooding on the coast closed roads, because the river rose; a misinvasion is not a word.' },
    },
    { name: 'undocumented immigrants', sandwich: { fact: 'Undocumented immigrants in the US pay billions in taxes.' } },
    { name: 'a custom term not used', sandwich: {}, options: { extraTerms: [{ term: 'swamped', replacement: 'busy' }] } },
  ],
  fail: [
    {
      name: 'illegals in the myth line',
      sandwich: { myth: 'A common myth claims that ⟦illegals⟧ get luxury hotels.' },
      message: '“illegals” is a slur: repeating it spreads that frame, even in a rebuttal.',
      fix: 'Use “people without legal status” instead.',
      fixed: 'A common myth claims that people without legal status get luxury hotels.',
    },
    {
      name: 'invasion and swarm',
      sandwich: { explanation: 'Talk of an ⟦invasion⟧ or a ⟦swarm⟧ is misleading, because numbers are small.' },
      findings: [
        {
          message: "“invasion” is the myth-spreaders' own lingo: repeating it spreads that frame, even in a rebuttal.",
          fix: 'Use “arrivals” instead.',
          fixed: 'Talk of an arrivals or a swarm is misleading, because numbers are small.',
        },
        {
          message: '“swarm” is dehumanising language: repeating it spreads that frame, even in a rebuttal.',
          fix: 'Use “large numbers” instead.',
          fixed: 'Talk of an invasion or a large numbers is misleading, because numbers are small.',
        },
      ],
    },
    {
      name: 'a term with no neutral word: advice, nothing to apply',
      sandwich: { explanation: 'Calling people ⟦vermin⟧ is cherry-picking the worst cases, because most arrivals work.' },
      message: '“vermin” is dehumanising language: repeating it spreads that frame, even in a rebuttal.',
      fix: 'Leave it out, or describe what is meant in neutral words.',
    },
    {
      name: 'German Asylanten, capital kept',
      sandwich: { myth: 'Ein Mythos lautet: ⟦Asylanten⟧ leben im Luxus.' },
      context: { language: 'de' },
      message: '“Asylanten” is a slur: repeating it spreads that frame, even in a rebuttal.',
      fix: 'Use “Asylsuchende” instead.',
      fixed: 'Ein Mythos lautet: Asylsuchende leben im Luxus.',
    },
    {
      name: 'French clandestins',
      sandwich: { myth: 'Une rumeur prétend que les ⟦clandestins⟧ touchent plus.' },
      context: { language: 'fr' },
      message: "“clandestins” is the myth-spreaders' own lingo: repeating it spreads that frame, even in a rebuttal.",
      fix: 'Use “personnes sans titre de séjour” instead.',
      fixed: 'Une rumeur prétend que les personnes sans titre de séjour touchent plus.',
    },
    {
      name: 'Spanish menas',
      sandwich: { myth: 'Circula el bulo de que los ⟦menas⟧ cobran más.' },
      context: { language: 'es' },
      message: '“menas” is a slur: repeating it spreads that frame, even in a rebuttal.',
      fix: 'Use “menores extranjeros no acompañados” instead.',
      fixed: 'Circula el bulo de que los menores extranjeros no acompañados cobran más.',
    },
    {
      name: "a team's own term",
      sandwich: { explanation: 'Schools are not ⟦swamped⟧, because births are falling.' },
      options: { extraTerms: [{ term: 'swamped', replacement: 'busy' }] },
      message: "“swamped” is the myth-spreaders' own lingo: repeating it spreads that frame, even in a rebuttal.",
      fix: 'Use “busy” instead.',
      fixed: 'Schools are not busy, because births are falling.',
    },
  ],
});
