const calendarDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMs = 86_400_000;

export type InterfaceFormats = ReturnType<typeof formatsFor>;

/**
 * Dates, numbers, durations and relative times as people in `locale` write them, through Intl:
 * "7 déc. 2026", "1 234", "1,5 h", "il y a 3 jours". ISO strings stay in the data and in
 * <time dateTime>; only what is shown is formatted.
 */
export function formatsFor(locale: string) {
  // A calendar date ("2026-12-07", a review-by date) is a day, not an instant: read and shown in UTC
  // so it never moves a day with the reader's time zone.
  const calendarDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const localDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  // Units by language alone: British English abbreviates minutes as "mins", the rest of Europe and
  // the figures people compare with say "min".
  const language = locale.split('-')[0];
  const minutes = new Intl.NumberFormat(language, { style: 'unit', unit: 'minute', unitDisplay: 'short', maximumFractionDigits: 0 });
  const hours = new Intl.NumberFormat(language, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const monthOfYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return {
    /** A calendar date ("2026-12-07") or the day of an instant ("2026-12-07T09:30:00Z", in the reader's zone). */
    date(iso: string): string {
      if (calendarDatePattern.test(iso)) return calendarDay.format(new Date(`${iso}T00:00:00Z`));
      const instant = new Date(iso);
      return Number.isNaN(instant.getTime()) ? iso : localDay.format(instant);
    },
    dateTime(iso: string | Date): string {
      const instant = typeof iso === 'string' ? new Date(iso) : iso;
      return Number.isNaN(instant.getTime()) ? String(iso) : dateTime.format(instant);
    },
    /** A period as Impact names it: a month ("2026-12") in words ("déc. 2026"); an ISO week ("2026-W49") stays as it is. */
    period: (label: string) => (/^\d{4}-\d{2}$/.test(label) ? monthOfYear.format(new Date(`${label}-01T00:00:00Z`)) : label),
    number: (value: number) => number.format(value),
    percent: (share: number) => percent.format(share),
    /** Names joined as a sentence joins them: "English, Français and Deutsch", "English, Français et Deutsch". */
    list: (items: readonly string[]) => list.format(items),
    /** A duration in minutes: "45 min" up to two hours, then hours with one decimal ("2,5 h"). */
    duration: (valueMinutes: number) => (valueMinutes < 120 ? minutes.format(Math.round(valueMinutes)) : hours.format(valueMinutes / 60)),
    /** Whole days from today to a calendar date or instant: "tomorrow", "in 3 days", "vor 2 Tagen". */
    daysFromNow(iso: string, now: Date): string {
      const day = calendarDatePattern.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : Date.parse(iso);
      const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
      const target = calendarDatePattern.test(iso) ? day : Date.UTC(...utcPartsOfLocal(new Date(day)));
      return relative.format(Math.round((target - today) / dayMs), 'day');
    },
  };
}

function utcPartsOfLocal(date: Date): [number, number, number] {
  return [date.getFullYear(), date.getMonth(), date.getDate()];
}
