// write-good ships no types; the bench only needs its main function.
declare module 'write-good' {
  export default function writeGood(text: string, options?: Record<string, boolean>): { index: number; offset: number; reason: string }[];
}
