type Permissions = { contains(p: { origins: string[] }): Promise<boolean>; request(p: { origins: string[] }): Promise<boolean> };

/**
 * In the extension, reading a bundle from another site needs that site's host permission,
 * which the manifest only lists as optional: it is asked for here, for that one origin, when the
 * person subscribes (a click, as browsers require). On the web nothing is needed beyond CORS.
 */
export async function requestHostAccess(url: string): Promise<boolean> {
  const api = globalThis as { chrome?: { permissions?: Permissions }; browser?: { permissions?: Permissions } };
  const permissions = api.browser?.permissions ?? api.chrome?.permissions;
  if (!permissions || !/^(chrome|moz)-extension:$/.test(location.protocol)) return true;
  const origins = [`${new URL(url).origin}/*`];
  if (await permissions.contains({ origins })) return true;
  return permissions.request({ origins });
}
