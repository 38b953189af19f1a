import { readPageCapture } from '../../shared/capture/page-capture';
import { threadsReader } from '../../shared/capture/readers/threads';

// Injected on demand into threads pages only (see capture-script-for.ts): this platform's reader alone.
export default defineUnlistedScript(() => readPageCapture(window, [threadsReader]));
