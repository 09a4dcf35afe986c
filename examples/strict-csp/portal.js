// The portal's own code: it writes no HTML, so Trusted Types has nothing to refuse.
import { postRating, showEvents } from '../portal-host.js';

const pad = document.querySelector('manyi-rating-pad');
pad.submit = (record) => postRating(record);
showEvents(pad, document.querySelector('#rating-log'), ['manyi-rated', 'manyi-error']);
showEvents(document.querySelector('manyi-complaint-form'), document.querySelector('#complaint-log'), [
  'manyi-complaint-submitted',
  'manyi-error',
]);
showEvents(document.querySelector('manyi-notice-checklist'), document.querySelector('#checklist-log'), [
  'manyi-self-check-change',
  'manyi-error',
]);
showEvents(document.querySelector('manyi-commitment-board'), document.querySelector('#commitments-log'), [
  'manyi-commitments-loaded',
  'manyi-error',
]);
