import {
  audiencesHref,
  composeHref,
  draftsHref,
  impactHref,
  libraryHref,
  settingsHref,
  spokespeopleHref,
  teamHref,
  type Route,
} from '../services/use-hash-route';

export type NavSection = 'library' | 'drafts' | 'new-draft' | 'audiences' | 'spokespeople' | 'team' | 'impact' | 'settings';

export const mainNavLinks: readonly { section: NavSection; href: string; label: string }[] = [
  { section: 'library', href: libraryHref, label: 'Library' },
  { section: 'drafts', href: draftsHref, label: 'Drafts' },
  { section: 'new-draft', href: composeHref(), label: 'New draft' },
  { section: 'audiences', href: audiencesHref, label: 'Audiences' },
  { section: 'spokespeople', href: spokespeopleHref, label: 'Spokespeople' },
  { section: 'team', href: teamHref, label: 'Team library' },
  { section: 'impact', href: impactHref, label: 'Impact' },
  { section: 'settings', href: settingsHref, label: 'Settings' },
];

/**
 * Which link of the main navigation is "you are here" for a route: an entry's page and its form
 * belong to the Library, an open draft to Drafts. A shared reply belongs to none of them.
 */
export function navSectionOf(route: Route): NavSection | undefined {
  switch (route.view) {
    case 'library':
    case 'entry':
    case 'new-entry':
    case 'edit-entry':
      return 'library';
    case 'compose':
      return route.draftId ? 'drafts' : 'new-draft';
    case 'shared':
      return undefined;
    default:
      return route.view;
  }
}
