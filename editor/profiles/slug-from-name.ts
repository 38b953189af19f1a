/** Suggests an id from a name ("Parents of pupils" → "parents-of-pupils") so nobody has to invent slugs. */
export function slugFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
