import { readPageCapture } from '../../shared/capture/page-capture';
import { tiktokReader } from '../../shared/capture/readers/tiktok';

// Injected on demand into TikTok pages only (see capture-script-for.ts): this platform's reader alone.
export default defineUnlistedScript(() => readPageCapture(window, [tiktokReader]));
