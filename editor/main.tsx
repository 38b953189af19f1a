import { mountEditor } from './shell/mount-editor';

mountEditor(document.getElementById('root')!);
