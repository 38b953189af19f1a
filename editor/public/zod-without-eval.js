// The page's Content-Security-Policy forbids eval, so zod must not even try its compiled parsers:
// each try is a policy violation report, and its plain parsers are as correct. A classic script,
// run before the modules, because some of them parse with zod as they load.
globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };
