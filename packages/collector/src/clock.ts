/** Stations in scope today all keep China Standard Time (UTC+8, no daylight saving). */
export const STATION_UTC_OFFSET_MINUTES = 8 * 60;

export interface LocalTime {
  day: string;
  hour: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

export function localTime(instant: Date, offsetMinutes = STATION_UTC_OFFSET_MINUTES): LocalTime {
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
  return {
    day: shifted.toISOString().slice(0, 10),
    hour: shifted.getUTCHours(),
    weekday: shifted.getUTCDay() === 0 ? 7 : shifted.getUTCDay(),
  };
}

/** The instant a station's local calendar day starts, as ISO UTC. */
export function startOfLocalDay(day: string, offsetMinutes = STATION_UTC_OFFSET_MINUTES): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - offsetMinutes * 60_000);
}

/**
 * A device clock may be wrong by hours. The gap between its `sentAt` and our receipt is the skew
 * (network delay is negligible at this grain), so the tap happened at `createdAt + skew`.
 */
export function correctForSkew(clientTime: string, sentAt: string, receivedAt: Date): Date {
  const skew = receivedAt.getTime() - Date.parse(sentAt);
  return new Date(Date.parse(clientTime) + skew);
}
