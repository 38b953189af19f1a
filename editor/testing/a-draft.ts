import type { Draft } from '../../shared/schema';

/**
 * A stored draft for a component test: an English reply on X, created and last saved on
 * 14 March 2026, with what the test is about given as overrides (its id, sections, entry…).
 */
export function aDraft(overrides: Partial<Draft> & Pick<Draft, 'id' | 'sections'>): Draft {
  return {
    title: 'Reply on X',
    audienceIds: [],
    channel: 'x',
    language: 'en',
    status: 'draft',
    createdAt: '2026-03-14T09:31:00.000Z',
    updatedAt: '2026-03-14T09:31:00.000Z',
    ...overrides,
  };
}
