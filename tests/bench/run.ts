import { reportBundleSizes } from './bundle-sizes';
import { benchChannelCounting } from './channel-counting';
import { reportContentScriptSizes } from './content-script-size';
import { benchImpact } from './impact-speed';
import { benchLibraryParsing } from './library-parsing';
import { benchLintSpeed } from './lint-speed';
import { benchMatcher } from './matcher-speed';
import { reportPanelInitialSize } from './panel-initial-size';
import { benchPanelLatency } from './panel-latency';

// `npm run bench`: speed side by side with the libraries a user might pick instead, and sizes.
console.log(`Node ${process.version} on ${process.platform}/${process.arch}`);
benchLibraryParsing();
benchLintSpeed();
benchChannelCounting();
benchMatcher();
reportBundleSizes();
reportContentScriptSizes();
reportPanelInitialSize();
await benchPanelLatency();
await benchImpact();
