/** A language's catalogue from its folder's files, keyed by area: './team.json' → team. */
export function catalogueFromFiles(files: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(files).map(([path, area]) => [path.replace(/^.*\/|\.json$/g, ''), area]));
}
