export * from './activity.js';
export * from './api.js';
export * from './assert-never.js';
export * from './audio.js';
export * from './calendar.js';
export * from './client.js';
export * from './common-schemas.js';
export * from './config-status.js';
export * from './directory.js';
export * from './map-link.js';
export * from './directory-local.js';
export * from './directory-admin.js';
export * from './directory-sync.js';
export * from './directory-categories.js';
export * from './check-details.js';
export * from './equipment-check.js';
export * from './events.js';
export * from './ipc-channels.js';
export * from './kiosk-info.js';
export * from './languages.js';
export * from './method-names.js';
export * from './methods.js';
export * from './opening-hours.js';
export * from './operator.js';
export * from './printer.js';
export * from './read-aloud-clips.js';
export * from './clip-manifest.js';
export * from './service-clips.js';
export * from './referral.js';
export * from './referral-outcome.js';
export * from './follow-up.js';
export * from './result.js';
export * from './result-schema.js';
export * from './site.js';
export * from './text-limits.js';
export * from './usage.js';
export * from './usage-keys.js';
// — Operations: incidents, maintenance, checklist, status —
export * from './incident.js';
export * from './operations-status.js';
// — Printer administration and kiosk hardening —
export * from './printer-admin.js';
// — Reports and KoboToolbox —
// KoboToolbox
export * from './kobo.js';
// Reports
export * from './report.js';
export * from './report-periods.js';
// — Referral pathways —
export * from './pathway.js';
// — Know your rights and the steps —
export * from './topic.js';
export * from './topic-clips.js';
export * from './turns.js';
export * from './turn-lists.js';
