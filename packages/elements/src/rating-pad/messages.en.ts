import type { RatingPadMessages } from './messages.js';

export const RATING_PAD_EN: RatingPadMessages = {
  ratePrompt: 'How satisfied are you with this service?',
  reasonPrompt: 'We are sorry. Please tell us what went wrong',
  commentLabel: 'Anything else (optional)',
  commentCount: (used, max) => `${used} of ${max} characters`,
  submitReview: 'Submit',
  back: 'Back',
  saving: 'Saving…',
  thanks: 'Thank you for your feedback!',
  thanksDetail: 'Your opinion helps us improve',
  saveFailed: 'Your rating could not be saved. Please try again or tell a member of staff',
  retry: 'Try again',
  badSetup: (a) => `This rating pad is set up wrongly (${a.join(', ')}), so it cannot take ratings. Please tell a member of staff`,
};
