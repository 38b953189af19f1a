import { mountEditor } from './app/mount-editor';

mountEditor(document.getElementById('root')!);
