import { OpenSharedReplySection } from '../share/OpenSharedReplySection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { SubscriptionsSection } from './SubscriptionsSection';
import './team.css';

/** Sharing the library: follow signed team libraries, import files, publish your own, open allies' replies. */
export function TeamLibraryView() {
  return (
    <div className="team-library">
      <h1>Team library</h1>
      <SubscriptionsSection />
      <ImportSection />
      <ExportSection />
      <OpenSharedReplySection />
    </div>
  );
}
