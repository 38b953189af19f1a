import { readPageCapture } from '../../shared/capture/page-capture';
import { instagramReader } from '../../shared/capture/readers/instagram';

// Injected on demand into Instagram pages only (see capture-script-for.ts): this platform's reader alone.
export default defineUnlistedScript(() => readPageCapture(window, [instagramReader]));
