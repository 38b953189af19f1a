import type { ChannelCount, CountUnit } from '../../shared/channels';
import type { InterfaceFormats } from '../i18n/interface-formats';
import { interfaceI18n } from '../i18n/interface-i18n';

// The channel counters' units, as the catalogues name them (compose:units).
const unitKeys = { 'weighted characters': 'weighted', characters: 'characters', 'UTF-8 bytes': 'bytes' } as const satisfies Record<
  CountUnit,
  string
>;

/** "12 / 280 weighted characters", or "431 characters" where the channel has no limit: figures as the interface language writes them. */
export function countMeasure({ length, limit, unit }: Pick<ChannelCount, 'length' | 'limit' | 'unit'>, formats: InterfaceFormats): string {
  const named = interfaceI18n.t(`compose:units.${unitKeys[unit]}`);
  return limit === null ? `${formats.number(length)} ${named}` : `${formats.number(length)} / ${formats.number(limit)} ${named}`;
}
