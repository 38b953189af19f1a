import { readPageCapture } from '../../shared/capture/page-capture';
import { blueskyReader } from '../../shared/capture/readers/bluesky';

// Injected on demand into bluesky pages only (see capture-script-for.ts): this platform's reader alone.
export default defineUnlistedScript(() => readPageCapture(window, [blueskyReader]));
