import { readPageCapture } from '../../shared/capture/page-capture';
import { facebookReader } from '../../shared/capture/readers/facebook';

// Injected on demand into facebook pages only (see capture-script-for.ts): this platform's reader alone.
export default defineUnlistedScript(() => readPageCapture(window, [facebookReader]));
