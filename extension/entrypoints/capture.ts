import { readPageCapture } from '../../shared/capture/page-capture';

// Injected on demand (activeTab + scripting) when the user picks "Draft a fact-sandwich reply";
// executeScript({ files: ['/capture.js'] }) resolves to main's return value. It runs in the page,
// so it stays tiny and reads only: no zod, no database (issue 6).
export default defineUnlistedScript(() => readPageCapture(window));
