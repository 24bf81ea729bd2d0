import type { StateCreator } from 'zustand';

import type { KioskEvent } from '../../../main/contract/index.js';

import type { BrowseSlice } from './browse-slice.js';
import type { DirectorySlice } from './directory-slice.js';
import type { DirectoryAdminSlice } from './directory-admin-slice.js';
import type { FollowUpSlice } from './follow-up-slice.js';
import type { KioskSlice } from './kiosk-slice.js';
import type { PathwaySlice } from './pathway-slice.js';
import type { KoboSlice } from './kobo-slice.js';
import type { OperationsSlice } from './operations-slice.js';
import type { PrinterAdminSlice } from './printer-admin-slice.js';
import type { ReadAloudSlice } from './read-aloud-slice.js';
import type { RecordingsSlice } from './recordings-slice.js';
import type { ReferralSlice } from './referral-slice.js';
import type { ReportSlice } from './report-slice.js';
import type { SessionSlice } from './session-slice.js';
import type { SiteSlice } from './site-slice.js';
import type { StaffAccountsSlice } from './staff-accounts-slice.js';
import type { StaffSlice } from './staff-slice.js';
import type { TopicSlice } from './topic-slice.js';

/** Actions that span slices. */
export interface KioskActions {
  /** First loads after the page opens. */
  readonly start: () => Promise<void>;
  /** Listen to main → renderer events; returns the function that stops listening. */
  readonly connect: () => () => void;
  readonly handleEvent: (event: KioskEvent) => void;
}

export type KioskState = SessionSlice &
  BrowseSlice &
  DirectorySlice &
  DirectoryAdminSlice &
  ReferralSlice &
  ReadAloudSlice &
  RecordingsSlice &
  SiteSlice &
  KioskSlice &
  StaffSlice &
  StaffAccountsSlice &
  PathwaySlice &
  FollowUpSlice &
  KoboSlice &
  ReportSlice &
  OperationsSlice &
  PrinterAdminSlice &
  TopicSlice &
  KioskActions;

/** A slice sees the whole state (to read across slices) but contributes only its own part. */
export type KioskSliceCreator<Slice> = StateCreator<KioskState, [], [], Slice>;
