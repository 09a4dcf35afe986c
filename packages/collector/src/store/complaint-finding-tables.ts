/**
 * Complaints handled to a finding (查实 / 部分查实 / 不属实 / 无法查实) with its reasons, who found it
 * and when; the staff member's appeal of a finding and the supervisor's decision; a supervisor's voiding; the citizen's satisfaction after the reply (回访满意度); the
 * warning talk (诫勉谈话) each substantiated complaint brings; how a complaint keyed in by staff
 * arrived (意见箱, 电话, 12345, 来信, 来访, 座谈会) and who keyed it; consultations (咨询), kept apart
 * from complaints; and when a description was erased.
 *
 * Existing data: until this version closing a complaint that named a staff member cost that person
 * 4 points. Those complaints are given the finding `substantiated`, found by `migration` at their
 * closing time with a reason saying so, so this year's ledgers (and the bonuses worked out from
 * them) stay as they were; a supervisor can void one that was not in fact substantiated. Other
 * closed complaints keep no finding: nothing was decided about them, and the figures count them as
 * closed without a finding.
 */
export const complaintFindings = (t: { time: string }) => `
ALTER TABLE complaints ADD COLUMN finding TEXT;
ALTER TABLE complaints ADD COLUMN finding_reasons TEXT;
ALTER TABLE complaints ADD COLUMN found_by TEXT;
ALTER TABLE complaints ADD COLUMN found_at ${t.time};
ALTER TABLE complaints ADD COLUMN voided_at ${t.time};
ALTER TABLE complaints ADD COLUMN voided_by TEXT;
ALTER TABLE complaints ADD COLUMN void_reason TEXT;
ALTER TABLE complaints ADD COLUMN satisfaction TEXT;
ALTER TABLE complaints ADD COLUMN satisfaction_via TEXT;
ALTER TABLE complaints ADD COLUMN satisfaction_by TEXT;
ALTER TABLE complaints ADD COLUMN satisfaction_at ${t.time};
ALTER TABLE complaints ADD COLUMN intake_channel TEXT;
ALTER TABLE complaints ADD COLUMN keyed_by TEXT;
ALTER TABLE complaints ADD COLUMN description_erased_at ${t.time};
ALTER TABLE complaints ADD COLUMN appeal_note TEXT;
ALTER TABLE complaints ADD COLUMN appealed_by TEXT;
ALTER TABLE complaints ADD COLUMN appealed_at ${t.time};
ALTER TABLE complaints ADD COLUMN appeal_decision TEXT;
ALTER TABLE complaints ADD COLUMN appeal_decision_note TEXT;
ALTER TABLE complaints ADD COLUMN appeal_decided_by TEXT;
ALTER TABLE complaints ADD COLUMN appeal_decided_at ${t.time};
UPDATE complaints SET finding = 'substantiated', found_by = 'migration', found_at = closed_at,
  finding_reasons = '办结于查实结论启用之前，按当时的规则计为有效投诉 (closed before findings existed; counted as the rule then did)'
  WHERE status = 'closed' AND staff_id IS NOT NULL;
CREATE TABLE warning_talks (
  record_id TEXT PRIMARY KEY REFERENCES complaints(record_id),
  staff_id TEXT NOT NULL,
  held_at ${t.time} NOT NULL,
  held_by TEXT NOT NULL,
  notes TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at ${t.time} NOT NULL
);
CREATE TABLE consultations (
  id TEXT PRIMARY KEY,
  station_id TEXT NOT NULL REFERENCES stations(id),
  channel TEXT NOT NULL,
  received_at ${t.time} NOT NULL,
  topic TEXT NOT NULL,
  answer TEXT,
  contact_name TEXT,
  contact_phone TEXT,
  keyed_by TEXT NOT NULL,
  created_at ${t.time} NOT NULL,
  personal_erased_at ${t.time}
);
CREATE INDEX consultations_station_received ON consultations (station_id, received_at);
CREATE INDEX complaints_received ON complaints (received_at);
`;
