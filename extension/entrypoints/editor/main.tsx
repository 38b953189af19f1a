import { mountEditor } from '../../../editor/shell/mount-editor';

// The extension's editor page is the web editor itself, running on the extension's own IndexedDB.
mountEditor(document.getElementById('root')!);
