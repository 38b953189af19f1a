import { readPageCapture } from '../../shared/capture/page-capture';
import { lemmyReader } from '../../shared/capture/readers/lemmy';
import { mastodonReader } from '../../shared/capture/readers/mastodon';
import { misskeyReader } from '../../shared/capture/readers/misskey';

// Injected on demand (activeTab + scripting) when the user picks "Draft a fact-sandwich reply" on
// a page no platform script covers; executeScript({ files: ['/capture.js'] }) resolves to main's
// return value. It carries the readers of software that runs on any host (Mastodon, Lemmy,
// Misskey), each recognised by what the page holds; elsewhere only the selection is captured.
// It runs in the page, so it stays tiny and reads only: no zod, no database (issue 6).
export default defineUnlistedScript(() => readPageCapture(window, [mastodonReader, lemmyReader, misskeyReader]));
