import { readPageCapture } from '../../shared/capture/page-capture';
import { youtubeReader } from '../../shared/capture/readers/youtube';

// Injected on demand into youtube pages only (see capture-script-for.ts): this platform's reader alone.
export default defineUnlistedScript(() => readPageCapture(window, [youtubeReader]));
