import { catalogueFromFiles } from '../catalogue-from-files';

// Every area's file in this folder, in one chunk loaded when the language is chosen.
export default catalogueFromFiles(import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' }));
