import '@manyi/elements/rating-pad.js';
import '@manyi/elements/commitment-board.js';
import '@manyi/elements/complaint-form.js';
import '@manyi/elements/notice-checklist.js';
import '../../portal.css';
import type { RatingRecord } from '@manyi/core';
import type { ManyiCommitmentBoard, ManyiComplaintForm, ManyiNoticeChecklist, ManyiRatingPad } from '@manyi/elements';
import { setupWorker } from 'msw/browser';
import { demoCollector } from './handlers.ts';

const status = document.querySelector<HTMLOutputElement>('#demo-status');
const log = document.querySelector<HTMLOutputElement>('#last-event');
const pad = document.querySelector<ManyiRatingPad>('manyi-rating-pad');
const form = document.querySelector<ManyiComplaintForm>('manyi-complaint-form');
const checklist = document.querySelector<ManyiNoticeChecklist>('manyi-notice-checklist');
const board = document.querySelector<ManyiCommitmentBoard>('manyi-commitment-board');
if (!status || !log || !pad || !form || !checklist || !board) throw new Error('index.html lacks an output or one of the four elements');

function show(type: string, text: string): void {
  if (!log) return;
  log.value = `${type}: ${text}`;
  log.dataset.event = type;
}

pad.submit = async (record: RatingRecord) => {
  // A real page has the service's token from its QR code (`?ratingToken=`); the demo collector takes any.
  const { id, scale, answer, level, reasons, comment } = record;
  const response = await fetch('/api/v1/public/ratings', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ratingToken: 'demo-service', id, channel: 'qr', scale, answer, level, reasons, comment }),
  });
  if (!response.ok) throw new Error(`the demo collector answered ${response.status}: ${await response.text()}`);
};
pad.addEventListener('manyi-rated', (event) => show('manyi-rated', `level ${event.detail.record.level}`));
form.addEventListener('manyi-complaint-submitted', (event) => show('manyi-complaint-submitted', `trackingNo ${event.detail.trackingNo}`));
checklist.addEventListener('manyi-self-check-change', (event) => show('manyi-self-check-change', `${event.detail.missing.length} missing`));
for (const element of [pad, form, checklist, board])
  element.addEventListener('manyi-error', (event) => show('manyi-error', String(event.detail.error)));

try {
  // The worker file sits next to index.html, so its scope covers this page wherever it is hosted.
  await setupWorker(...demoCollector()).start({
    serviceWorker: { url: new URL('./mockServiceWorker.js', document.baseURI).pathname },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
  status.value = '演示服务已启动：请求由浏览器内的 msw 应答，不会发往服务器。';
  status.dataset.ready = 'true';
  // Only now: before the worker runs, these requests would reach whatever server hosts the page.
  board.src = '/api/v1/demo/commitments';
  checklist.src = '/api/v1/demo/service-items/shenfenzheng-huanling';
} catch (error) {
  status.value = `演示服务未能启动（需要 Service Worker，请用 http://localhost 或 https 打开）：${String(error)}`;
}
