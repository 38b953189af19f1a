import { z } from 'zod';

/**
 * Small records kept by key: the person's settings (validated on their own by `settingsSchema`)
 * and which starter library version has been seeded.
 */
export const settingRecordSchema = z.strictObject({ key: z.string().min(1), value: z.unknown() });
export type SettingRecord = z.infer<typeof settingRecordSchema>;
