import { DraftsList } from '../drafts/DraftsList';
import { EntryView } from '../library/EntryView';
import { LibraryList } from '../library/LibraryList';
import { DatabaseProvider } from './database-context';
import { draftsHref, libraryHref, useHashRoute, type Route } from './use-hash-route';

export function App() {
  const route = useHashRoute();
  return (
    <>
      <header className="app-header">
        <a href={libraryHref} className="app-title">
          Fact Sandwich
        </a>
        <nav aria-label="Main">
          <a href={libraryHref}>Library</a> <a href={draftsHref}>Drafts</a>
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
    default:
      return <LibraryList />;
  }
}
