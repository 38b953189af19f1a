import { readPageCapture } from '../../shared/capture/page-capture';
import { linkedinReader } from '../../shared/capture/readers/linkedin';

// Injected on demand into LinkedIn pages only (see capture-script-for.ts): this platform's reader alone.
export default defineUnlistedScript(() => readPageCapture(window, [linkedinReader]));
