/** One thing wrong in a library file, located the way an editor shows it: file, line, field. */
export type LibraryProblem = {
  file: string;
  line: number;
  field: string;
  problem: string;
};

/** `fact-library/entries/x.md:12: sources[0].url: must be a full http(s) URL` */
export function formatLibraryProblem({ file, line, field, problem }: LibraryProblem): string {
  return `${file}:${line}: ${field}: ${problem}`;
}
