import starterBundleJson from '../../fact-library/dist/library.json';
import { parseBundle } from '../../shared/library/parse-bundle';

/** The starter library built by `npm run library:build`, validated like any other bundle. */
export const starterLibrary = parseBundle(starterBundleJson, 'shipped with the app (fact-library/dist/library.json)');
