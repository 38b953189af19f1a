/**
 * Where the arrow, Home and End keys move focus in a tab list (WAI-ARIA Authoring Practices,
 * Tabs): arrows wrap around, Home and End jump to the ends; other keys are not the list's.
 */
export function nextTabIndex(key: string, current: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
