/**
 * Runs `work` once the next frame has been painted: for what the first screen does not need
 * (service worker, sync, fresh settings), so it never holds up the faces a visitor is waiting for.
 * A hidden page paints no frames, so it also runs after at most `latestMs`.
 */
export function afterPaint(work: () => void, latestMs = 1000): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, latestMs);
}
