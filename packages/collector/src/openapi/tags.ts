/** The document's tags, in the order a reader meets them; every route names one. */
export const TAGS = {
  system: 'Health, metrics and this document.',
  accounts: 'Signing in, sessions, and named accounts with their roles and scopes.',
  devices: 'Enrolling kiosk tablets, their configuration, and their status and revocation by an admin.',
  records: 'Uploading records made on a tablet: ratings, complaints, notices, heartbeats.',
  public: 'The public web channel, no sign-in: complaints, ratings by QR code or portal, and published results.',
  regions: 'The administrative regions stations lie in.',
  stations: 'Stations (service halls), their settings, enrolment codes and handling settings.',
  catalogue: 'A station’s windows, staff, service items and commitments.',
  figures: 'Rating figures, standing, misuse review and exports.',
  complaints: 'Complaint handling: assignment, hand-over, replies, and staff points.',
  'bad reviews': 'The bad-review ledger (差评台账): call-backs, rectification, appeals.',
  notices: 'The one-time-notice audit (一次性告知).',
  audit: 'The audit trail: who changed what and who read personal data, hash-chained.',
  'service events': 'Service events: one per person served at a window, rated once on the tablet or by token.',
} as const;

export type Tag = keyof typeof TAGS;
