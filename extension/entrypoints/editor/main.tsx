import { interfaceI18n } from '../../../editor/i18n/interface-i18n';
import { mountEditor } from '../../../editor/shell/mount-editor';
import { titleInInterfaceLanguage } from '../../pages/title-in-interface-language';

// The extension's editor page is the web editor itself, running on the extension's own IndexedDB.
mountEditor(document.getElementById('root')!);
titleInInterfaceLanguage(() => interfaceI18n.t('sidepanel:pages.editor'));
