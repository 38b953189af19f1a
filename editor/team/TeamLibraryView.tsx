import { useTranslation } from '../i18n/use-translation';
import { OpenSharedReplySection } from '../share/OpenSharedReplySection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { SubscriptionsSection } from './SubscriptionsSection';
import './team.css';

/** Sharing the library: follow signed team libraries, import files, publish your own, open allies' replies. */
export function TeamLibraryView() {
  const { t } = useTranslation('team');
  return (
    <div className="team-library">
      <h1>{t('heading')}</h1>
      <SubscriptionsSection />
      <ImportSection />
      <ExportSection />
      <OpenSharedReplySection />
    </div>
  );
}
