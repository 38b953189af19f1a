import { z } from 'zod';

/**
 * Why something was refused, or what happened, as a code and the values that go with it: the
 * editor says it in the interface's language from `reasons:<code>`, and shared code keeps its
 * English beside it (what the CLI prints, and the fallback). A value is a number, words someone
 * wrote, a code the catalogue puts in words, or itself a reason: the problem inside a refusal.
 */
export type Reason = { code: string; data?: { [name: string]: string | number | Reason } | undefined };

export const reasonSchema: z.ZodType<Reason> = z.lazy(() =>
  z.strictObject({
    code: z.string().min(1),
    data: z.record(z.string(), z.union([z.string(), z.number(), reasonSchema])).optional(),
  }),
);

/** A reason with its English: what shared code hands over wherever it used to hand over a message. */
export type Said = { message: string; reason: Reason };

/** A value of a reason's English: a reason inside another is given as its whole `Said`. */
type Value = string | number | Said;

/** An area's reasons by code, each its English made from its values. */
export type ReasonMessages = Readonly<Record<string, (data: never) => string>>;

export type ReasonTable<M extends ReasonMessages> = {
  /** The catalogue's section: `reasons:<area>.<code>`. */
  area: string;
  messages: M;
  /** The reason `code` for these values, with its English. */
  say<Code extends keyof M & string>(code: Code, ...data: Parameters<M[Code]>): Said;
};

/**
 * The reasons of one area (`sync`, `import`, `review`…), as the rules' messages are declared: one
 * English function per code. Tests render the English catalogue for sample values and compare it
 * with these, so the catalogue and the code cannot drift.
 */
export function defineReasons<M extends ReasonMessages>(area: string, messages: M): ReasonTable<M> {
  return {
    area,
    messages,
    say(code, ...data) {
      const values = data[0] as Record<string, Value> | undefined;
      const message = (messages[code] as (data: unknown) => string)(values);
      if (values === undefined) return { message, reason: { code: `${area}.${code}` } };
      const reasonData = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, isSaid(value) ? value.reason : value]));
      return { message, reason: { code: `${area}.${code}`, data: reasonData } };
    },
  };
}

function isSaid(value: Value): value is Said {
  return typeof value === 'object' && value !== null && 'reason' in value;
}
