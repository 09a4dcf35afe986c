/**
 * Keeps a hall tablet presentable without an attendant: fullscreen from the first tap (browsers
 * allow it only in a user gesture) and a screen wake lock, taken again whenever the page shows.
 */
export function keepTabletAwake(): void {
  let lock: WakeLockSentinel | undefined;
  const acquire = async () => {
    if (!('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    if (lock && !lock.released) return;
    lock = await navigator.wakeLock.request('screen').catch(() => undefined);
  };
  document.addEventListener('visibilitychange', () => void acquire());
  document.addEventListener(
    'pointerdown',
    () => {
      void acquire();
      if (!document.fullscreenElement && document.fullscreenEnabled)
        void document.documentElement.requestFullscreen().catch(() => undefined);
    },
    { capture: true },
  );
  void acquire();
}
