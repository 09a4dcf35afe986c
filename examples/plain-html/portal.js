// The portal's own code: send ratings to the collector and show what the elements report.
import { postRating, showEvents } from '../portal-host.js';

const pad = document.querySelector('manyi-rating-pad');
pad.submit = (record) => postRating(record);
showEvents(pad, document.querySelector('#rating-log'), ['manyi-rated', 'manyi-error']);
showEvents(document.querySelector('manyi-complaint-form'), document.querySelector('#complaint-log'), [
  'manyi-complaint-submitted',
  'manyi-error',
]);
showEvents(document.querySelector('manyi-commitment-board'), document.querySelector('#commitments-log'), [
  'manyi-commitments-loaded',
  'manyi-error',
]);
showEvents(document.querySelector('manyi-satisfaction-board'), document.querySelector('#results-log'), [
  'manyi-results-loaded',
  'manyi-error',
]);
