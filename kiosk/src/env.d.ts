/** Set at build time: package version plus build time. */
declare const __KIOSK_VERSION__: string;
