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
    { name: 'illegals in the myth line', sandwich: { myth: 'A common myth claims that ⟦illegals⟧ get luxury hotels.' } },
    {
      name: 'invasion and swarm',
      sandwich: { explanation: 'Talk of an ⟦invasion⟧ or a ⟦swarm⟧ is misleading, because numbers are small.' },
    },
    { name: 'German Asylanten', sandwich: { myth: 'Ein Mythos lautet: ⟦Asylanten⟧ leben im Luxus.' }, context: { language: 'de' } },
    {
      name: 'French clandestins',
      sandwich: { myth: 'Une rumeur prétend que les ⟦clandestins⟧ touchent plus.' },
      context: { language: 'fr' },
    },
    { name: 'Spanish menas', sandwich: { myth: 'Circula el bulo de que los ⟦menas⟧ cobran más.' }, context: { language: 'es' } },
    {
      name: "a team's own term",
      sandwich: { explanation: 'Schools are not ⟦swamped⟧, because births are falling.' },
      options: { extraTerms: [{ term: 'swamped', replacement: 'busy' }] },
    },
  ],
});
