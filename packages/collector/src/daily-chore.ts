/** A chore that runs now and then every `everyMs` (a day) until stopped, as retention does. */
export interface DailyChore {
  /** Stops the schedule and waits for a run in progress, so the database can be closed after it. */
  stop(): Promise<void>;
}

/** Runs `chore` now and then on schedule; a failed run is reported and tried again next time. */
export function scheduleDaily(chore: () => Promise<void>, onError: (error: unknown) => void, everyMs: number): DailyChore {
  const run = () => chore().catch(onError);
  let running = run();
  const timer = setInterval(() => {
    running = running.then(run);
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
