// manyi-rating-pad: from a tap to the thank-you painted, at 1× and 4× CPU throttle: the element's
// own (a sink that answers at once), and with the record committed to a real IndexedDB outbox
// against a bare button doing the same put, the floor that commit sets.
import { benchPage } from './support/browser-page.ts';
import { bundle } from './support/bundle.ts';
import { percentile, report } from './support/report.ts';

const TAPS = 200;
const WARM_UP = 20;

const page = await bundle(
  `
  import '@manyi/elements/rating-pad.js';
  import { Outbox } from '@manyi/outbox';
  // After the next frame is painted: rAF runs before paint, a task posted from it runs after.
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
  const outbox = new Outbox({ endpoint: '/none', dbName: 'tap-bench', pollMs: 3_600_000 });
  const pad = document.createElement('manyi-rating-pad');
  Object.assign(pad, { station: 'bench', window: 'w01', thankYouMs: 3_600_000, outbox });
  const bare = document.createElement('button');
  bare.textContent = '满意';
  bare.style.cssText = 'display:block;inline-size:8rem;block-size:6rem';
  // The element's own share: the same pad with a sink that keeps nothing and answers at once.
  const quick = document.createElement('manyi-rating-pad');
  Object.assign(quick, { station: 'bench', window: 'w02', thankYouMs: 3_600_000, submit: async () => {} });
  document.body.append(bare, pad, quick);
  let tappedAt = 0;
  for (const p of [pad, quick]) p.addEventListener('click', (e) => { tappedAt = e.timeStamp; }, { capture: true });
  bare.addEventListener('click', async (e) => {
    tappedAt = e.timeStamp;
    await outbox.put({ id: crypto.randomUUID(), kind: 'rating', createdAt: new Date().toISOString(), stationId: 'bench', windowId: 'w01', channel: 'device', scale: 5, answer: 4, level: 4 });
    bare.textContent = '感谢您的评价！';
    bareShown();
  });
  let bareShown = () => {};
  window.bench = {
    face(which) {
      const r = (which === 'quick' ? quick : pad).shadowRoot.querySelector('button.level-4').getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    bareButton() {
      const r = bare.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    async padThanked(which) {
      const p = which === 'quick' ? quick : pad;
      await new Promise((resolve) => p.addEventListener('manyi-rated', resolve, { once: true }));
      await p.updateComplete;
      if (!p.shadowRoot.querySelector('[part=thanks]')) throw new Error('no thank-you shown');
      return (await painted()) - tappedAt;
    },
    // Listening before the tap: with a sink that answers at once, manyi-rated could beat a late listener.
    arm(which) {
      this.thanked = which === 'bare' ? this.bareThanked() : this.padThanked(which);
    },
    // Told by the button itself, not polled: a setTimeout loop is clamped to 4 ms steps and its
    // tasks compete with the very frame being measured.
    async bareThanked() {
      await new Promise((resolve) => { bareShown = resolve; });
      return (await painted()) - tappedAt;
    },
    async ready() {
      pad.reset();
      quick.reset();
      bare.textContent = '满意';
      await Promise.all([pad.updateComplete, quick.updateComplete]);
      await painted();
    },
    pending: async () => (await outbox.status()).pending,
  };
`,
  new URL('../packages/elements', import.meta.url).pathname,
);

type Bench = {
  face(which: string): { x: number; y: number };
  bareButton(): { x: number; y: number };
  padThanked(which: string): Promise<number>;
  bareThanked(): Promise<number>;
  arm(which: string): void;
  thanked: Promise<number>;
  ready(): Promise<void>;
  pending(): Promise<number>;
};
type W = { bench: Bench };
type Taps = Record<'pad' | 'bare' | 'quick', number[]> & { kept: number };

/** Taps the pad (with the outbox), the bare button and the pad with a sink that answers at once, in turn. */
async function tapAll(browser: Awaited<ReturnType<typeof benchPage>>, rate: number, taps: number): Promise<Taps> {
  const cdp = await browser.context.newCDPSession(browser.page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const ms: Taps = { pad: [], bare: [], quick: [], kept: 0 };
  const before = await browser.page.evaluate(() => (window as unknown as W).bench.pending());
  for (let i = 0; i < taps + WARM_UP; i++) {
    // Alternate, so all three see the same moments of a noisy, shared machine.
    for (const which of ['pad', 'bare', 'quick'] as const) {
      const at = await browser.page.evaluate(
        (w) => (w === 'bare' ? (window as unknown as W).bench.bareButton() : (window as unknown as W).bench.face(w)),
        which,
      );
      await browser.page.evaluate((w) => (window as unknown as W).bench.arm(w), which);
      await browser.page.mouse.click(at.x, at.y);
      const took = await browser.page.evaluate(() => (window as unknown as W).bench.thanked);
      if (i >= WARM_UP) ms[which].push(took);
      await browser.page.evaluate(() => (window as unknown as W).bench.ready());
    }
  }
  ms.kept = (await browser.page.evaluate(() => (window as unknown as W).bench.pending())) - before;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return ms;
}

const browser = await benchPage(page.code);
try {
  for (const rate of [1, 4]) {
    const ms = await tapAll(browser, rate, TAPS);
    const target = rate === 1 ? 16 : 40;
    // Issue 4's figure is the element's own: tap to thank-you painted, with a sink that answers
    // at once (a portal's submit function). With a durable outbox the commit sets a floor the
    // element cannot move; that figure is the kiosk's (issue 6) and is reported against the floor.
    const quick = percentile(ms.quick, 95);
    report(
      'elements-tap',
      `tap to thank-you painted p95 at ${rate}× CPU, the pad with a sink that answers at once (p50 ${percentile(ms.quick, 50).toFixed(1)} ms)`,
      quick,
      'ms',
      `≤ ${target} ms`,
      quick <= target,
    );
    const p95 = percentile(ms.pad, 95);
    report(
      'elements-tap',
      `with the record committed to a durable IndexedDB outbox: p95 at ${rate}× CPU (p50 ${percentile(ms.pad, 50).toFixed(1)} ms; ${ms.kept} records kept)`,
      p95,
      'ms',
      'informative',
      ms.kept === 2 * (TAPS + WARM_UP),
    );
    // The floor: after a tap Chromium runs no other task (the commit's answer included) until a
    // frame has been produced, so "committed, then painted" takes two frames whatever the page does.
    const ratio = p95 / percentile(ms.bare, 95);
    report(
      'elements-tap',
      `p95 vs the floor, a bare button doing the same outbox put at ${rate}× CPU (${percentile(ms.bare, 95).toFixed(1)} ms)`,
      ratio,
      '×',
      'informative',
      true,
    );
  }
} finally {
  await browser.close();
}

// Evidence for the floor: the same taps in a Chromium that does not hold tasks back after input.
const undeferred = await benchPage(page.code, {}, ['--disable-features=DeferRendererTasksAfterInput']);
try {
  for (const rate of [1, 4]) {
    const ms = await tapAll(undeferred, rate, TAPS / 2);
    report(
      'elements-tap',
      `informative, browser changed: p95 at ${rate}× CPU with Chromium's DeferRendererTasksAfterInput off (bare button ${percentile(ms.bare, 95).toFixed(1)} ms)`,
      percentile(ms.pad, 95),
      'ms',
      'informative',
      true,
    );
  }
} finally {
  await undeferred.close();
}
