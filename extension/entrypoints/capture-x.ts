import { readPageCapture } from '../../shared/capture/page-capture';
import { xReader } from '../../shared/capture/readers/x';

// Injected on demand into x pages only (see capture-script-for.ts): this platform's reader alone.
export default defineUnlistedScript(() => readPageCapture(window, [xReader]));
