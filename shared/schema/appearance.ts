import { z } from 'zod';

/** Light or dark interface; 'system' follows the device (prefers-color-scheme). */
export const appearanceSchema = z.enum(['system', 'light', 'dark']);
export type Appearance = z.infer<typeof appearanceSchema>;
