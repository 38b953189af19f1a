import { lazy, Suspense } from 'react';
import { DraftsList } from '../drafts/DraftsList';
import { EntryView } from '../library/EntryView';
import { LibraryList } from '../library/LibraryList';
import { DatabaseProvider } from './database-context';
import { composeHref, draftsHref, libraryHref, useHashRoute, type Route } from './use-hash-route';

// The editor (Lexical) loads only when a draft is opened: the library view starts faster.
const ComposeView = lazy(() => import('../compose/ComposeView').then((module) => ({ default: module.ComposeView })));

export function App() {
  const route = useHashRoute();
  return (
    <>
      <header className="app-header">
        <a href={libraryHref} className="app-title">
          Fact Sandwich
        </a>
        <nav aria-label="Main">
          <a href={libraryHref}>Library</a> <a href={draftsHref}>Drafts</a> <a href={composeHref()}>New draft</a>
        </nav>
        <span className="app-tagline">Lead with the fact. Warn once. Explain. Repeat the fact.</span>
      </header>
      <main>
        <DatabaseProvider>
          <View route={route} />
        </DatabaseProvider>
      </main>
    </>
  );
}

function View({ route }: { route: Route }) {
  switch (route.view) {
    case 'entry':
      return <EntryView id={route.id} />;
    case 'drafts':
      return <DraftsList />;
    case 'compose':
      return (
        <Suspense fallback={<p role="status">Opening the editor…</p>}>
          <ComposeView {...(route.draftId ? { draftId: route.draftId } : {})} />
        </Suspense>
      );
    default:
      return <LibraryList />;
  }
}
