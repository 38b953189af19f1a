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

/** Catalogue keys (shell namespace): the words are in editor/i18n/locales. */
export type NavLabelKey =
  | 'nav.library'
  | 'nav.drafts'
  | 'nav.newDraft'
  | 'nav.audiences'
  | 'nav.spokespeople'
  | 'nav.team'
  | 'nav.impact'
  | 'nav.settings';

export const mainNavLinks: readonly { section: NavSection; href: string; labelKey: NavLabelKey }[] = [
  { section: 'library', href: libraryHref, labelKey: 'nav.library' },
  { section: 'drafts', href: draftsHref, labelKey: 'nav.drafts' },
  { section: 'new-draft', href: composeHref(), labelKey: 'nav.newDraft' },
  { section: 'audiences', href: audiencesHref, labelKey: 'nav.audiences' },
  { section: 'spokespeople', href: spokespeopleHref, labelKey: 'nav.spokespeople' },
  { section: 'team', href: teamHref, labelKey: 'nav.team' },
  { section: 'impact', href: impactHref, labelKey: 'nav.impact' },
  { section: 'settings', href: settingsHref, labelKey: 'nav.settings' },
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
