import { useEffect, useState } from 'react';
import type { PanelHost } from './panel-host';

/**
 * The shortcut that drafts a reply, read from the browser when the panel opens: people change it
 * (or lose it to another extension), and a panel naming the default would then send them wrong.
 * `undefined` while it is read, '' when there is none.
 */
export function useShortcut(host: PanelHost): string | undefined {
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    let current = true;
    host.readShortcut().then(
      (keys) => current && setShortcut(keys),
      () => current && setShortcut(''),
    );
    return () => {
      current = false;
    };
  }, [host]);
  return shortcut;
}
