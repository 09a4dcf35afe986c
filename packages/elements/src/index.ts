export { LocaleController } from './i18n/locale-controller.js';
export { RATING_PAD_MESSAGES, type RatingPadMessages } from './rating-pad/messages.js';
export type { RatingPadErrorEvent, RatingPadRatedEvent, RatingPadRateEvent } from './rating-pad/rating-pad.events.js';
export { ManyiRatingPad, type RecordSink } from './rating-pad/rating-pad.js';
