/**
 * A library file is Markdown with YAML front matter between two `---` lines. The YAML holds
 * the data; the body holds free notes. Line numbers are kept so problems point at the file.
 */
export type FrontMatterParts = {
  yaml: string;
  /** The file line on which the YAML text starts (1-based). */
  yamlStartLine: number;
  body: string;
};

const frontMatterPattern = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)([\s\S]*)$/m;

export function splitFrontMatter(text: string): FrontMatterParts | undefined {
  const match = frontMatterPattern.exec(text);
  if (match?.index !== 0) return undefined;
  return { yaml: match[1] ?? '', yamlStartLine: 2, body: (match[2] ?? '').trim() };
}
