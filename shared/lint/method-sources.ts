/** Where a rule's rationale comes from, cited in the rule docs and the editor's findings list. */
export type MethodSource = { name: string; url?: string };

export const methodSources = {
  debunkingHandbook2020: {
    name: 'Lewandowsky, Cook, Ecker et al., The Debunking Handbook 2020 (DOI 10.17910/b7.1182)',
    url: 'https://sks.to/db2020',
  },
  debunkingHandbook2011: { name: 'Cook & Lewandowsky, The Debunking Handbook (2011)' },
  lakoffTruthSandwich: { name: 'George Lakoff, the "truth sandwich" (1 December 2018)' },
  cookFlicc: { name: 'John Cook, FLICC: Fake experts, Logical fallacies, Impossible expectations, Cherry picking, Conspiracy theories' },
  oxygenOfAmplification: {
    name: 'Whitney Phillips, The Oxygen of Amplification (Data & Society, 2018)',
    url: 'https://datasociety.net/library/oxygen-of-amplification/',
  },
  firstDraftResponsibleReporting: { name: 'First Draft (Kwan), responsible reporting: the tipping point' },
  rjiArchiveLinks: { name: 'RJI / Iffy.news: link to misinformation through a web archive, not directly' },
  vragaBode2017: {
    name: 'Vraga & Bode (2017), Using expert sources to correct health misinformation in social media',
    url: 'https://doi.org/10.1177/1075547017731776',
  },
  xCountingRules: { name: "X's published character-counting rules (twitter-text)", url: 'https://github.com/twitter/twitter-text' },
  platformLimits: { name: 'Published platform limits: X, Bluesky, Mastodon, Threads, LinkedIn, Facebook, Instagram' },
  feedPreview: { name: 'Platform feed previews (about 125 characters visible), as collected in METHOD.md' },
} satisfies Record<string, MethodSource>;
