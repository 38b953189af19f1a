import { reportBundleSizes } from './bundle-sizes';
import { benchLibraryParsing } from './library-parsing';

// `npm run bench`: speed side by side with the libraries a user might pick instead, and sizes.
console.log(`Node ${process.version} on ${process.platform}/${process.arch}`);
benchLibraryParsing();
reportBundleSizes();
