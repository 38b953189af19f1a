import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../public/_locales/en/messages.json';

type Listener = (...args: never[]) => unknown;

/** An event like the browser's, which a test can fire. */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (listener: Listener) => void listeners.push(listener),
    removeListener: (listener: Listener) => void listeners.splice(listeners.indexOf(listener), 1),
    hasListener: (listener: Listener) => listeners.includes(listener),
    fire: (...args: unknown[]) => listeners.map((listener) => (listener as (...a: unknown[]) => unknown)(...args)),
  };
}

/**
 * WXT's fake browser leaves menus, commands, scripting and the side panel unimplemented: these
 * stand in for the browser (never for our code), recording what the background asked of it.
 */
export function installFakeExtensionApis() {
  const apis = {
    contextMenus: { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: fakeEvent() },
    commands: { onCommand: fakeEvent() },
    action: {
      onClicked: fakeEvent(),
      setBadgeText: vi.fn(async (_details: { text: string }) => undefined),
      setBadgeBackgroundColor: vi.fn(async (_details: { color: string }) => undefined),
      setTitle: vi.fn(async (_details: { title: string }) => undefined),
    },
    scripting: { executeScript: vi.fn<(injection: unknown) => Promise<{ result?: unknown }[]>>() },
    sidePanel: { open: vi.fn(async () => undefined) },
    permissions: { contains: vi.fn(async (_request: { origins: string[] }) => true) },
    // A browser in English reads the messages from _locales/en; an unknown name gives '', as in Chrome.
    i18n: { getMessage: (name: string) => (english as Record<string, { message: string } | undefined>)[name]?.message ?? '' },
  };
  Object.assign(fakeBrowser, apis);
  return apis;
}
