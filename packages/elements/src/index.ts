export { MESSAGES, type Messages } from './i18n/messages.js';
export type { RatingPadErrorEvent, RatingPadRatedEvent, RatingPadRateEvent } from './rating-pad/rating-pad.events.js';
export { ManyiRatingPad, type RecordSink } from './rating-pad/rating-pad.js';
