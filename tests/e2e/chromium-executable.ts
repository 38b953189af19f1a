import { existsSync } from 'node:fs';

/**
 * Which Chromium runs the tests: $CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when
 * installed (machines that cannot download browsers), else Playwright's own download (undefined).
 */
export function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** The launch option for that Chromium: nothing at all when Playwright should use its own. */
export function chromiumLaunchPath(): { executablePath?: string } {
  const executablePath = chromiumExecutable();
  return executablePath ? { executablePath } : {};
}
