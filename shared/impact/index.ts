// The impact figures: what the team saw and answered, how fast, and what to repeat or research
// next; with CSV files and a printable report.
export { computeImpact } from './compute-impact';
export { csvCell, repliesCsv, sightingsCsv, type CsvOptions } from './impact-csv';
export { duration, impactReportHtml, impactReportMarkdown, type ImpactReportOptions } from './impact-report';
export type * from './impact-types';
export { impactMilestones, type MilestoneFacts } from './milestones';
export { cadenceReminder, cadenceRules, repeatEveryDays, type RecentSightings } from './repeat-cadence';
