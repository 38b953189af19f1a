import { expect, it } from 'vitest';
import { parseRoute } from './use-hash-route';

it.each([
  ['', { view: 'library' }],
  ['#/', { view: 'library' }],
  ['#/entries/asylum-luxury-support', { view: 'entry', id: 'asylum-luxury-support' }],
  ['#/entries/new', { view: 'new-entry' }],
  [
    '#/entries/new?fromSighting=0f8fad5b-d9cb-469f-a165-70867728950e',
    { view: 'new-entry', fromSightingId: '0f8fad5b-d9cb-469f-a165-70867728950e' },
  ],
  ['#/entries/new?fromSighting=../../x', { view: 'library' }],
  ['#/entries/asylum-luxury-support/edit', { view: 'edit-entry', id: 'asylum-luxury-support' }],
  ['#/drafts', { view: 'drafts' }],
  ['#/compose', { view: 'compose' }],
  ['#/compose/0f8fad5b-d9cb-469f-a165-70867728950e', { view: 'compose', draftId: '0f8fad5b-d9cb-469f-a165-70867728950e' }],
  ['#/compose?entry=asylum-luxury-support', { view: 'compose', entryId: 'asylum-luxury-support' }],
  ['#/audiences', { view: 'audiences' }],
  ['#/spokespeople', { view: 'spokespeople' }],
  ['#/settings', { view: 'settings' }],
  ['#/team', { view: 'team' }],
  ['#/impact', { view: 'impact' }],
  ['#share=eJzLSM3JyVcozy_KSQEAGgQEXQ', { view: 'shared', fragment: '#share=eJzLSM3JyVcozy_KSQEAGgQEXQ' }],
  ['#share=<script>', { view: 'library' }],
  ['#/settings/model', { view: 'library' }],
  ['#/entries/<script>', { view: 'library' }],
])('%s', (hash, route) => {
  expect(parseRoute(hash)).toEqual(route);
});
