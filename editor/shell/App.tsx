import { lazy, Suspense } from 'react';
import { InterfaceLanguageFromSettings } from '../i18n/InterfaceLanguageFromSettings';
import { useTranslation } from '../i18n/use-translation';
import { DraftsList } from '../drafts/DraftsList';
import { EntryForm } from '../library/EntryForm';
import { EntryView } from '../library/EntryView';
import { LibraryList } from '../library/LibraryList';
import { AudiencesView } from '../profiles/AudiencesView';
import { SpokespeopleView } from '../profiles/SpokespeopleView';
import { SyncRefusals } from '../team/SyncRefusals';
import { DatabaseProvider } from '../services/database-context';
import { libraryHref, useHashRoute, type Route } from '../services/use-hash-route';
import { SandwichIcon } from '../ui/icons/icons';
import { ToastProvider } from '../ui/toast/ToastProvider';
import { AppearanceFromSettings } from './AppearanceFromSettings';
import { FirstRunGuide } from './FirstRunGuide';
import { MainNav } from './MainNav';

// The editor (Lexical) loads only when a draft is opened: the library view starts faster.
const ComposeView = lazy(() => import('../compose/ComposeView').then((module) => ({ default: module.ComposeView })));
// Signing and bundle checks load only when the team library is opened.
const TeamLibraryView = lazy(() => import('../team/TeamLibraryView').then((module) => ({ default: module.TeamLibraryView })));
// The figures and charts load when the Impact view is opened.
const ImpactView = lazy(() => import('../impact/ImpactView').then((module) => ({ default: module.ImpactView })));
const SharedReplyRoute = lazy(() => import('../share/SharedReplyRoute').then((module) => ({ default: module.SharedReplyRoute })));
// Settings lists every lint rule, so it loads the rules: only when opened.
const SettingsView = lazy(() => import('../settings/SettingsView').then((module) => ({ default: module.SettingsView })));

export function App() {
  const route = useHashRoute();
  const { t } = useTranslation(['shell', 'common']);
  return (
    <ToastProvider>
      <header className="app-header">
        <a href={libraryHref} className="app-title">
          <SandwichIcon size={22} />
          {t('common:productName')}
        </a>
        <MainNav route={route} />
        <span className="app-tagline">{t('tagline')}</span>
      </header>
      <main>
        <DatabaseProvider>
          <InterfaceLanguageFromSettings />
          <AppearanceFromSettings />
          <SyncRefusals />
          <View route={route} />
        </DatabaseProvider>
      </main>
    </ToastProvider>
  );
}

function View({ route }: { route: Route }) {
  const { t } = useTranslation(['shell', 'common']);
  switch (route.view) {
    case 'entry':
      return <EntryView id={route.id} />;
    case 'new-entry':
      return <EntryForm {...(route.fromSightingId ? { fromSightingId: route.fromSightingId } : {})} />;
    case 'edit-entry':
      return <EntryForm id={route.id} />;
    case 'audiences':
      return <AudiencesView />;
    case 'spokespeople':
      return <SpokespeopleView />;
    case 'drafts':
      return <DraftsList />;
    case 'shared':
      return (
        <Suspense fallback={<p role="status">{t('opening.sharedReply')}</p>}>
          <SharedReplyRoute fragment={route.fragment} />
        </Suspense>
      );
    case 'impact':
      return (
        <Suspense fallback={<p role="status">{t('opening.impact')}</p>}>
          <ImpactView />
        </Suspense>
      );
    case 'team':
      return (
        <Suspense fallback={<p role="status">{t('opening.team')}</p>}>
          <TeamLibraryView />
        </Suspense>
      );
    case 'settings':
      return (
        <Suspense fallback={<p role="status">{t('opening.settings')}</p>}>
          <SettingsView />
        </Suspense>
      );
    case 'compose':
      return (
        <Suspense fallback={<p role="status">{t('opening.editor')}</p>}>
          <ComposeView {...(route.draftId ? { draftId: route.draftId } : {})} />
        </Suspense>
      );
    default:
      return (
        <>
          <FirstRunGuide />
          <LibraryList />
        </>
      );
  }
}
