import type { ComponentType } from 'react';
import { useTranslation } from '../i18n/use-translation';
import type { Route } from '../services/use-hash-route';
import { AudiencesIcon, DraftsIcon, ImpactIcon, LibraryIcon, PlusIcon, SettingsIcon, SpokespersonIcon, TeamIcon } from '../ui/icons/icons';
import type { IconProps } from '../ui/icons/Icon';
import { mainNavLinks, navSectionOf, type NavSection } from './main-nav-links';

const icons: Record<NavSection, ComponentType<IconProps>> = {
  library: LibraryIcon,
  drafts: DraftsIcon,
  'new-draft': PlusIcon,
  audiences: AudiencesIcon,
  spokespeople: SpokespersonIcon,
  team: TeamIcon,
  impact: ImpactIcon,
  settings: SettingsIcon,
};

/** The main navigation; the current page's link says so (aria-current) and looks it. */
export function MainNav({ route }: { route: Route }) {
  const current = navSectionOf(route);
  const { t } = useTranslation('shell');
  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul>
        {mainNavLinks.map(({ section, href, labelKey }) => {
          const SectionIcon = icons[section];
          return (
            <li key={section}>
              <a href={href} {...(section === current ? { 'aria-current': 'page' as const } : {})}>
                <SectionIcon size={16} />
                {t(labelKey)}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
