import { entrySchema } from '../../schema/entry';

/** A small library entry for rule tests (modelled on the starter entry asylum-luxury-support). */
export const exampleEntry = entrySchema.parse({
  id: 'asylum-support-example',
  title: 'UK asylum support is £49.18 a week',
  topics: ['benefits-welfare'],
  scope: 'UK',
  language: 'en',
  myth: {
    statement: 'Asylum seekers get luxury hotels, new phones and generous cash handouts.',
    phrasings: [
      '4 star hotels, new iPhones, £45 a week, it is a dream come true',
      'illegals living it up in luxury hotels on taxpayers money',
    ],
  },
  fact: 'In the UK, people waiting for an asylum decision live on basic support of £49.18 a week, or £8.86 a week if their housing provides meals.',
  explanation: {
    technique: 'cherry-picking',
    fallacy: 'misrepresentation',
    text: 'Hotels are emergency housing used when other housing runs out, and people waiting for a decision are not allowed to work. These rates were set in 2024.',
  },
  translations: {
    fr: {
      myth: 'Les demandeurs d’asile seraient logés dans des hôtels de luxe avec de l’argent en abondance.',
      fact: 'Au Royaume-Uni, les demandeurs d’asile reçoivent 49,18 £ par semaine, ou 8,86 £ si les repas sont fournis.',
    },
  },
  sources: [
    {
      title: 'Post exaggerates benefits available to asylum seekers',
      publisher: 'Full Fact',
      url: 'https://fullfact.org/online/asylum-seeker-free-iphone/',
      year: 2024,
      quote:
        'Asylum seekers are presently entitled to £49.18 per week if the accommodation they are staying in does not provide meals. Otherwise they receive £8.86 per week.',
    },
  ],
  status: 'vetted',
  author: 'Tests',
  reviews: [{ reviewer: 'Reviewer', date: '2026-11-30', status: 'vetted' }],
  reviewBy: '2027-05-31',
  updated: '2026-11-30',
});
