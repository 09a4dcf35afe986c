/** What deleting an unused station removes besides its row, children first (foreign keys). */
export const STATION_OWNED_TABLES = ['windows', 'staff', 'service_items', 'commitments', 'enrollment_codes'] as const;

/** Whether the station has history that must be kept: any record, or any tablet ever enrolled. */
export const STATION_HISTORY_SQL = (param: string) =>
  `SELECT EXISTS (SELECT 1 FROM records WHERE station_id = ${param}) OR EXISTS (SELECT 1 FROM devices WHERE station_id = ${param}) AS used`;
