import { readPageCapture } from '../../shared/capture/page-capture';
import { redditReader } from '../../shared/capture/readers/reddit';

// Injected on demand into reddit pages only (see capture-script-for.ts): this platform's reader alone.
export default defineUnlistedScript(() => readPageCapture(window, [redditReader]));
