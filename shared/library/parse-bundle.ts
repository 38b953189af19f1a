import { bundleSchema, describeZodError, type Bundle } from '../schema';

export type ParsedBundle = { ok: true; bundle: Bundle } | { ok: false; message: string };

/** Validates a bundle from anywhere (a file, a URL, the build); `where` names it in the message. */
export function parseBundle(data: unknown, where: string): ParsedBundle {
  const result = bundleSchema.safeParse(data);
  if (result.success) return { ok: true, bundle: result.data };
  return { ok: false, message: `The library bundle ${where} is not valid, so nothing was loaded:\n${describeZodError(result.error)}` };
}
