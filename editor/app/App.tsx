import { EntryView } from '../library/EntryView';
import { LibraryList } from '../library/LibraryList';
import { DatabaseProvider } from './database-context';
import { libraryHref, useHashRoute } from './use-hash-route';

export function App() {
  const route = useHashRoute();
  return (
    <>
      <header className="app-header">
        <a href={libraryHref} className="app-title">
          Fact Sandwich
        </a>
        <span className="app-tagline">Lead with the fact. Warn once. Explain. Repeat the fact.</span>
      </header>
      <main>
        <DatabaseProvider>{route.view === 'entry' ? <EntryView id={route.id} /> : <LibraryList />}</DatabaseProvider>
      </main>
    </>
  );
}
