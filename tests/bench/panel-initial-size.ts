import { reportInitialJavaScript } from './initial-javascript';

/** The side panel's initial JavaScript (issue 20: ≤ 200 KB gzipped), from the built extension. */
export function reportPanelInitialSize(): void {
  reportInitialJavaScript([
    { name: 'Side panel', html: '.output/chrome-mv3/sidepanel.html', goalKb: 200 },
    { name: 'Options page', html: '.output/chrome-mv3/options.html', goalKb: 250 },
  ]);
}
