import { mountSidePanel } from '../../../editor/sidepanel/SidePanelApp';
import { extensionPanelHost } from '../../panel/extension-panel-host';

// The side panel (Chrome) and sidebar (Firefox): the editor's components on the extension's database.
mountSidePanel(document.getElementById('root')!, extensionPanelHost);
