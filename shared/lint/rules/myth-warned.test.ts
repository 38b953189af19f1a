import { describeRule } from '../testing/describe-rule';
import { exampleEntry } from '../testing/example-entry';
import { mythWarned } from './myth-warned';

const unwarned = 'The myth is stated without a warning: say first that a false claim follows, so readers take it with suspicion.';

describeRule(mythWarned, {
  pass: [
    { name: 'English warning', sandwich: {} },
    { name: 'French warning', sandwich: { myth: 'Une rumeur prétend que les migrants vivent dans le luxe.' }, context: { language: 'fr' } },
    {
      name: 'German warning',
      sandwich: { myth: 'Ein verbreiteter Mythos lautet: Asylbewerber leben im Luxus.' },
      context: { language: 'de' },
    },
    {
      name: 'Spanish warning',
      sandwich: { myth: 'Circula el bulo de que los migrantes viven en hoteles de lujo.' },
      context: { language: 'es' },
    },
    {
      name: '"You may have seen" with an entry',
      sandwich: { myth: 'You may have seen posts saying asylum seekers get luxury hotels.' },
      context: { entry: exampleEntry },
    },
  ],
  fail: [
    {
      name: 'the myth stated bare',
      sandwich: { myth: '⟦Asylum seekers get luxury hotels.⟧' },
      message: unwarned,
      fix: 'Start with “A common myth claims that”.',
      fixed: 'A common myth claims that asylum seekers get luxury hotels.',
    },
    {
      name: 'warning only after the myth',
      sandwich: { myth: '⟦Asylum seekers get luxury hotels, new phones: a common myth⟧.' },
      context: { entry: exampleEntry },
      message: 'The myth comes before the warning: put the warning first, so readers are on guard before they read the myth.',
    },
    {
      name: 'an English warning in a French draft',
      sandwich: { myth: '⟦A common myth: les migrants vivent dans le luxe.⟧' },
      context: { language: 'fr' },
      message: unwarned,
      fix: 'Start with “Une rumeur prétend que”.',
      fixed: 'Une rumeur prétend que a common myth: les migrants vivent dans le luxe.',
    },
    {
      name: 'a German myth keeps its capitals',
      sandwich: { myth: '⟦Asylbewerber leben im Luxus.⟧' },
      context: { language: 'de' },
      message: unwarned,
      fix: 'Start with “Ein verbreiteter Mythos lautet:”.',
      fixed: 'Ein verbreiteter Mythos lautet: Asylbewerber leben im Luxus.',
    },
    {
      name: 'the warning in the second sentence',
      sandwich: { myth: '⟦They get luxury hotels.⟧ That is a myth.' },
      message: unwarned,
      fix: 'Start with “A common myth claims that”.',
      fixed: 'A common myth claims that they get luxury hotels. That is a myth.',
    },
  ],
});
