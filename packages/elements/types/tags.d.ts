// What each tag accepts from a framework: its public properties (set as properties, so objects and
// functions such as `outbox`, `submit` or `commitments` pass through) and its events with their
// detail types. Shared by ./jsx.d.ts and ./vue.d.ts so the two never drift apart.
import type {
  CommitmentBoardErrorEvent,
  CommitmentsLoadedEvent,
  ComplaintFormComplaintEvent,
  ComplaintFormErrorEvent,
  ComplaintFormSubmittedEvent,
  ManyiCommitmentBoard,
  ManyiComplaintForm,
  ManyiNoticeChecklist,
  ManyiRatingPad,
  ManyiSatisfactionBoard,
  NoticeChecklistErrorEvent,
  NoticeChecklistIssuedEvent,
  NoticeChecklistNoticeEvent,
  NoticeChecklistSelfCheckEvent,
  RatingPadErrorEvent,
  RatingPadRatedEvent,
  RatingPadRateEvent,
  SatisfactionBoardErrorEvent,
  SatisfactionResultsLoadedEvent,
} from '../dist/index.js';

export type RatingPadProps = Partial<
  Pick<
    ManyiRatingPad,
    'scale' | 'station' | 'window' | 'staff' | 'serviceItem' | 'ticket' | 'channel' | 'thankYouMs' | 'cooldownMs' | 'outbox' | 'submit'
  >
>;

export interface RatingPadEvents {
  'manyi-rate': RatingPadRateEvent;
  'manyi-rated': RatingPadRatedEvent;
  'manyi-error': RatingPadErrorEvent;
}

export type CommitmentBoardProps = Partial<
  Pick<ManyiCommitmentBoard, 'commitments' | 'src' | 'requestInit' | 'keptRates' | 'mode' | 'heading' | 'pageMs' | 'perPage'>
>;

export interface CommitmentBoardEvents {
  'manyi-commitments-loaded': CommitmentsLoadedEvent;
  'manyi-error': CommitmentBoardErrorEvent;
}

export type ComplaintFormProps = Partial<
  Pick<
    ManyiComplaintForm,
    | 'station'
    | 'window'
    | 'staff'
    | 'serviceItem'
    | 'windowName'
    | 'staffName'
    | 'serviceItemName'
    | 'channel'
    | 'endpoint'
    | 'trackingNode'
    | 'outbox'
    | 'submit'
  >
>;

export interface ComplaintFormEvents {
  'manyi-complaint': ComplaintFormComplaintEvent;
  'manyi-complaint-submitted': ComplaintFormSubmittedEvent;
  'manyi-error': ComplaintFormErrorEvent;
}

export type NoticeChecklistProps = Partial<
  Pick<
    ManyiNoticeChecklist,
    | 'mode'
    | 'src'
    | 'station'
    | 'window'
    | 'staff'
    | 'channel'
    | 'trackingNode'
    | 'noticeUrl'
    | 'timeLimitDays'
    | 'paper'
    | 'serviceItem'
    | 'outbox'
    | 'submit'
  >
>;

export interface NoticeChecklistEvents {
  'manyi-notice': NoticeChecklistNoticeEvent;
  'manyi-notice-issued': NoticeChecklistIssuedEvent;
  'manyi-self-check-change': NoticeChecklistSelfCheckEvent;
  'manyi-error': NoticeChecklistErrorEvent;
}

export type SatisfactionBoardProps = Partial<
  Pick<ManyiSatisfactionBoard, 'endpoint' | 'station' | 'src' | 'month' | 'months' | 'layout' | 'heading' | 'results'>
>;

export interface SatisfactionBoardEvents {
  'manyi-results-loaded': SatisfactionResultsLoadedEvent;
  /** The reader picked another month; the element's `month` holds it. */
  change: Event;
  'manyi-error': SatisfactionBoardErrorEvent;
}

/** Every tag with its element class, properties and events. */
export interface ManyiTags {
  'manyi-rating-pad': { element: ManyiRatingPad; props: RatingPadProps; events: RatingPadEvents };
  'manyi-commitment-board': { element: ManyiCommitmentBoard; props: CommitmentBoardProps; events: CommitmentBoardEvents };
  'manyi-complaint-form': { element: ManyiComplaintForm; props: ComplaintFormProps; events: ComplaintFormEvents };
  'manyi-notice-checklist': { element: ManyiNoticeChecklist; props: NoticeChecklistProps; events: NoticeChecklistEvents };
  'manyi-satisfaction-board': { element: ManyiSatisfactionBoard; props: SatisfactionBoardProps; events: SatisfactionBoardEvents };
}
