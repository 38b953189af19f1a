export * from '../calendar/calendar-date';
export * from './can-vet';
export * from './change-needs-review';
export * from './changed-entry-fields';
export * from './offer-for-drafting';
export * from './review-actions';
export * from './review-due';
export * from './same-value';
