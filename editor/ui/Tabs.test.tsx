// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { Tabs } from './Tabs';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

function render() {
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  act(() =>
    root!.render(
      <Tabs
        label="Figures"
        tabs={[
          { id: 'charts', label: 'Charts', panel: <p>the charts</p> },
          { id: 'table', label: 'Table', panel: <p>the table</p> },
          { id: 'export', label: 'Export', panel: <p>the export</p> },
        ]}
      />,
    ),
  );
  const tabs = [...container.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const panels = [...container.querySelectorAll<HTMLElement>('[role="tabpanel"]')];
  const key = (key: string) => act(() => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
  return { container, tabs, panels, key };
}

describe('Tabs', () => {
  it('is one tab stop, with the chosen tab selected and its panel shown and labelled', () => {
    const { container, tabs, panels } = render();
    expect(container.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Figures');
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true');
    expect(panels.map((panel) => panel.hidden)).toEqual([false, true, true]);
    expect(panels[0]!.getAttribute('aria-labelledby')).toBe(tabs[0]!.id);
    expect(tabs[0]!.getAttribute('aria-controls')).toBe(panels[0]!.id);
  });

  it('moves focus and selection with the arrows, Home and End, wrapping around', () => {
    const { tabs, panels, key } = render();
    tabs[0]!.focus();
    key('ArrowRight');
    expect(document.activeElement).toBe(tabs[1]);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([-1, 0, -1]);
    expect(panels[1]!.hidden).toBe(false);
    key('End');
    expect(document.activeElement).toBe(tabs[2]);
    key('ArrowRight');
    expect(document.activeElement).toBe(tabs[0]);
    key('ArrowLeft');
    expect(document.activeElement).toBe(tabs[2]);
    key('Home');
    expect(document.activeElement).toBe(tabs[0]);
  });

  it('selects a tab on click', () => {
    const { tabs, panels } = render();
    act(() => tabs[2]!.click());
    expect(panels.map((panel) => panel.hidden)).toEqual([true, true, false]);
  });
});
