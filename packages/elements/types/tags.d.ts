// What each tag accepts from a framework: its public properties (set as properties, so objects and
// functions such as `outbox`, `submit` or `commitments` pass through) and its events with their
// detail types, taken from each element's event map (src/<element>/<element>.events.ts, the map its
// `emit` dispatches by). Shared by ./jsx.d.ts and ./vue.d.ts so the two never drift apart.
import type {
  CommitmentBoardEventMap,
  ComplaintFormEventMap,
  ManyiCommitmentBoard,
  ManyiComplaintForm,
  ManyiNoticeChecklist,
  ManyiRatingPad,
  ManyiSatisfactionBoard,
  NoticeChecklistEventMap,
  RatingPadEventMap,
  SatisfactionBoardEventMap,
} from '../dist/index.js';

export type RatingPadProps = Partial<
  Pick<
    ManyiRatingPad,
    'scale' | 'station' | 'window' | 'staff' | 'serviceItem' | 'ticket' | 'channel' | 'thankYouMs' | 'cooldownMs' | 'outbox' | 'submit'
  >
>;

export type RatingPadEvents = RatingPadEventMap;

export type CommitmentBoardProps = Partial<
  Pick<ManyiCommitmentBoard, 'commitments' | 'src' | 'requestInit' | 'keptRates' | 'mode' | 'heading' | 'pageMs' | 'perPage'>
>;

export type CommitmentBoardEvents = CommitmentBoardEventMap;

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

export type ComplaintFormEvents = ComplaintFormEventMap;

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

export type NoticeChecklistEvents = NoticeChecklistEventMap;

export type SatisfactionBoardProps = Partial<
  Pick<ManyiSatisfactionBoard, 'endpoint' | 'station' | 'src' | 'month' | 'months' | 'layout' | 'heading' | 'results'>
>;

export type SatisfactionBoardEvents = SatisfactionBoardEventMap;

/** Every tag with its element class, properties and events. */
export interface ManyiTags {
  'manyi-rating-pad': { element: ManyiRatingPad; props: RatingPadProps; events: RatingPadEvents };
  'manyi-commitment-board': { element: ManyiCommitmentBoard; props: CommitmentBoardProps; events: CommitmentBoardEvents };
  'manyi-complaint-form': { element: ManyiComplaintForm; props: ComplaintFormProps; events: ComplaintFormEvents };
  'manyi-notice-checklist': { element: ManyiNoticeChecklist; props: NoticeChecklistProps; events: NoticeChecklistEvents };
  'manyi-satisfaction-board': { element: ManyiSatisfactionBoard; props: SatisfactionBoardProps; events: SatisfactionBoardEvents };
}
