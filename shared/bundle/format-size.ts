/** A size as the English messages write it: "5 MB", "4 KB", "512 bytes" (the interface writes its own way: catalogue-formats.ts). */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return bytes >= 1024 ? `${+(bytes / 1024).toFixed(1)} KB` : `${bytes} bytes`;
}
