// The classes, message catalogues and event types, without registering any tag. To register a
// tag, import its define module, e.g. `@manyi/elements/rating-pad.js`.

export {
  COMMITMENT_BOARD_MESSAGES,
  COMPLAINT_FORM_MESSAGES,
  NOTICE_CHECKLIST_MESSAGES,
  RATING_PAD_MESSAGES,
  SATISFACTION_BOARD_MESSAGES,
} from './all-messages.js';
export type {
  CommitmentBoardErrorEvent,
  CommitmentBoardEventMap,
  CommitmentsLoadedEvent,
} from './commitment-board/commitment-board.events.js';
export { type CommitmentBoardMode, ManyiCommitmentBoard } from './commitment-board/commitment-board.js';
export { CommitmentBoardError, type CommitmentProblem } from './commitment-board/commitment-board-error.js';
export type { KeptRates } from './commitment-board/load.js';
export { COMMITMENT_FIELDS, type CommitmentBoardMessages, type CommitmentField } from './commitment-board/messages.js';
export type {
  ComplaintFormComplaintEvent,
  ComplaintFormErrorEvent,
  ComplaintFormEventMap,
  ComplaintFormSubmittedEvent,
} from './complaint-form/complaint-form.events.js';
export { type ComplaintSink, ManyiComplaintForm } from './complaint-form/complaint-form.js';
export type { ComplaintFormMessages } from './complaint-form/messages.js';
export { ComplaintSendError, type SendFailure } from './complaint-form/send.js';
export type { ManyiErrorEvent, RecordSink } from './events.js';
export { Catalogue } from './i18n/catalogue.js';
export { LocaleController } from './i18n/locale-controller.js';
export type {
  NoticeChecklistClerkMessages,
  NoticeChecklistMessages,
  NoticeChecklistSelfCheckMessages,
} from './notice-checklist/messages.js';
export type {
  NoticeChecklistErrorEvent,
  NoticeChecklistEventMap,
  NoticeChecklistIssuedEvent,
  NoticeChecklistNoticeEvent,
  NoticeChecklistSelfCheckEvent,
} from './notice-checklist/notice-checklist.events.js';
export { ManyiNoticeChecklist, type NoticeChecklistMode, type NoticeSink } from './notice-checklist/notice-checklist.js';
export { type NoticePaper, noticePageStyles } from './notice-checklist/print.js';
export type { RatingPadMessages } from './rating-pad/messages.js';
export type {
  RatingPadErrorEvent,
  RatingPadEventMap,
  RatingPadRatedEvent,
  RatingPadRateEvent,
} from './rating-pad/rating-pad.events.js';
export { ManyiRatingPad } from './rating-pad/rating-pad.js';
export { SatisfactionBoardError, type SatisfactionBoardProblem } from './satisfaction-board/load.js';
export {
  FIGURE_NAMES,
  type FigureName,
  type SatisfactionBoardMessages,
} from './satisfaction-board/messages.js';
export type {
  SatisfactionBoardErrorEvent,
  SatisfactionBoardEventMap,
  SatisfactionResultsLoadedEvent,
} from './satisfaction-board/satisfaction-board.events.js';
export { ManyiSatisfactionBoard, type SatisfactionBoardLayout } from './satisfaction-board/satisfaction-board.js';
