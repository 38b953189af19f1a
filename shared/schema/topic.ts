import { z } from 'zod';

/** A closed list, so that a typo in a library file is caught instead of creating a new topic. */
export const topicSchema = z.enum([
  'crime',
  'benefits-welfare',
  'healthcare',
  'taxes-fiscal',
  'wages',
  'jobs',
  'numbers-invasion',
  'culture-values',
  'language-integration',
  'schools-education',
  'disease',
  'voting-elections',
  'housing',
  'citizenship',
  'other',
]);
export type Topic = z.infer<typeof topicSchema>;

export const topicLabels: Record<Topic, string> = {
  crime: 'Crime',
  'benefits-welfare': 'Benefits and welfare',
  healthcare: 'Healthcare',
  'taxes-fiscal': 'Taxes and public finances',
  wages: 'Wages',
  jobs: 'Jobs',
  'numbers-invasion': 'Numbers and "invasion"',
  'culture-values': 'Culture and values',
  'language-integration': 'Language and integration',
  'schools-education': 'Schools and education',
  disease: 'Disease',
  'voting-elections': 'Voting and elections',
  housing: 'Housing',
  citizenship: 'Citizenship and status',
  other: 'Other',
};
