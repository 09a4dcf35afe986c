import { createHash } from 'node:crypto';
import {
  type ComplaintRecord,
  type ManyiRecord,
  makeTrackingNumber,
  type NoticeRecord,
  type RatingRecord,
  RecordSchema,
  TRACKING_PREFIXES,
  uuidv7,
} from '@manyi/core';
import { applyCaseTransition, type CaseState } from './cases.js';
import { caseDueDates } from './cases-due.js';
import { localTime } from './clock.js';
import { DEMO_REGION, DEMO_STATION } from './demo-data.js';
import { COLLECTOR_TRACKING_NODE } from './store/device-store.js';
import type { Store, StoredRecord } from './store/store.js';

/**
 * Two weeks of life in the demo hall, dated back from the moment it is seeded, so a fresh
 * `npm start` shows a ledger worth looking at: mostly good ratings, bad reviews at every step of
 * their handling (one overdue, one voided on appeal), a misuse burst kept out of the figures, a
 * complaint handed over and answered, and an applicant sent back for a material the first
 * notice forgot. Names and phone numbers are made up.
 *
 * It lives in a station of its own, a copy of the demo hall: the demo station stays empty for the
 * kiosk a visitor enrols, so what they tap is all its figures show.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const DEMO_LEDGER_STATION = {
  ...DEMO_STATION,
  id: 'demo-ledger',
  name: `${DEMO_STATION.name}（处理台账演示）`,
  regionId: DEMO_REGION.id,
};
const STATION = DEMO_LEDGER_STATION.id;

/** Stored as the hall's kiosk would have sent it (no enrolled device: the demo makes it at seed time). */
function stored(record: ManyiRecord): StoredRecord {
  const checked = RecordSchema.parse(record);
  const local = localTime(Date.parse(checked.createdAt));
  const json = JSON.stringify(checked);
  return {
    record: checked,
    provenance: record.channel === 'web' ? 'web' : 'device',
    deviceId: null,
    clientCreatedAt: checked.createdAt,
    createdAt: checked.createdAt,
    receivedAt: checked.createdAt,
    localDay: local.day,
    localHour: local.hour,
    localWeekday: local.weekday,
    contentHash: createHash('sha256').update(json).digest('hex'),
  };
}

const rating = (at: number, windowId: string, staffId: string, answer: number, extra: Partial<RatingRecord> = {}): RatingRecord => ({
  id: uuidv7(at),
  kind: 'rating',
  createdAt: new Date(at).toISOString(),
  stationId: STATION,
  channel: 'device',
  windowId,
  staffId,
  scale: 5,
  answer,
  level: answer as RatingRecord['level'],
  ...extra,
});

const COUNTERS = [
  ['w01', 's01'],
  ['w01', 's02'],
  ['w02', 's03'],
  ['w02', 's04'],
  ['w03', 's05'],
] as const;

/** Bad reviews and how far each got, with what the handlers wrote at each step. */
const BAD_REVIEWS: {
  daysAgo: number;
  /** Left unhandled past its callback deadline: moved further back when a weekend or holiday would keep it in time. */
  overdue?: true;
  counter: number;
  answer: 1 | 2;
  reasons: RatingRecord['reasons'];
  comment: string;
  steps: [CaseState, string, string?][];
}[] = [
  {
    daysAgo: 12,
    counter: 2,
    answer: 1,
    reasons: ['attitude'],
    comment: '问了两遍迁户口要带什么，工作人员很不耐烦。',
    steps: [
      ['called-back', '已电话回访群众，当面致歉并说明迁移所需材料。'],
      ['rectifying', '组织户籍窗口开展文明用语培训，刘芳写出书面说明。'],
      ['rectified', '培训已完成，窗口增设材料清单展板。'],
      ['satisfied', '再次回访，群众表示满意。'],
    ],
  },
  {
    daysAgo: 9,
    counter: 0,
    answer: 2,
    reasons: ['waiting'],
    comment: '叫号系统重复叫号，等了一个多小时。',
    steps: [
      ['appealed', '窗口申诉：当日叫号系统故障，非窗口服务原因。', '叫号系统故障'],
      ['voided', '经大厅管理办公室复核，调取系统日志属实，予以作废。', '叫号系统故障导致重复叫号，非窗口人员服务问题（系统日志已存档）'],
    ],
  },
  {
    daysAgo: 8,
    counter: 4,
    answer: 1,
    reasons: ['repeat-trips', 'unclear'],
    comment: '第一次来没说清楚要完税凭证，又跑了一趟。',
    steps: [
      ['called-back', '已回访，向群众解释并致歉。'],
      ['rectifying', '修订不动产转移登记办事指南，补充完税凭证说明。'],
      ['rectified', '办事指南已更新并在窗口张贴。'],
      ['not-satisfied', '群众认为仍需多跑一趟，对整改不满意。'],
    ],
  },
  {
    daysAgo: 6,
    counter: 1,
    answer: 2,
    reasons: ['slow'],
    comment: '个体户登记办了四十分钟。',
    steps: [
      ['called-back', '已回访，了解到系统录入慢。'],
      ['rectifying', '申请开通个体工商户登记“秒批”模板，预计两周完成。'],
    ],
  },
  {
    daysAgo: 3,
    overdue: true,
    counter: 3,
    answer: 1,
    reasons: ['buck-passing'],
    comment: '让我去2号窗口，2号窗口又让我回1号窗口。',
    steps: [],
  },
  { daysAgo: 0.05, counter: 0, answer: 2, reasons: ['environment'], comment: '大厅空调太冷。', steps: [] },
];

/**
 * At least `daysAgo`, and far enough back that a callback due within 1 working day is late now:
 * rated on a Friday and seen on the Monday, it would still be in time.
 */
function overdueDaysAgo(now: number, daysAgo: number): number {
  let days = daysAgo;
  while (caseDueDates(new Date(now - days * DAY).toISOString(), 1).callbackDueAt.getTime() > now) days++;
  return days;
}

function notice(at: number, noticeNo: string, materials: string[]): NoticeRecord {
  return {
    id: uuidv7(at),
    kind: 'notice',
    createdAt: new Date(at).toISOString(),
    stationId: STATION,
    channel: 'device',
    noticeNo,
    windowId: 'w03',
    staffId: 's05',
    serviceItemId: 'budongchan-zhuanyi',
    applicant: { name: '周建华', phone: '13800000017' },
    items: materials.map((name) => ({ name, problem: 'missing' as const })),
    timeLimitDays: 5,
  };
}

/**
 * Creates the ledger demo station with its records and their handling; does nothing when it
 * exists, so collectors starting together on one database seed it once. Its district is put by seedDemo first.
 */
export async function seedDemoActivity(store: Store, now = Date.now()): Promise<void> {
  if (!(await store.stations.create(DEMO_LEDGER_STATION))) return;
  const records: ManyiRecord[] = [];
  // Good ratings through the opening hours of the last two weeks, a few a day per counter.
  for (let day = 14; day >= 1; day--) {
    COUNTERS.forEach(([windowId, staffId], i) => {
      for (let n = 0; n < 3; n++) {
        records.push(rating(now - day * DAY + (n * 2 + i) * HOUR, windowId, staffId, [5, 5, 4, 5, 3][(day + n + i) % 5] as number));
      }
    });
  }
  const bad = BAD_REVIEWS.map((b) => {
    const [windowId, staffId] = COUNTERS[b.counter] ?? COUNTERS[0];
    const at = now - (b.overdue ? overdueDaysAgo(now, b.daysAgo) : b.daysAgo) * DAY;
    return { ...b, record: rating(at, windowId, staffId, b.answer, { reasons: b.reasons, comment: b.comment }) };
  });
  records.push(...bad.map((b) => b.record));
  // A child tapping the happy face: six taps in three seconds, flagged by the pad.
  for (let tap = 0; tap < 6; tap++) records.push(rating(now - 2 * DAY + tap * 500, 'w01', 's01', 5, { misuse: true }));
  records.push(notice(now - 10 * DAY, 'GZ-20260001', ['完税凭证', '房屋买卖合同']), notice(now - 7 * DAY, 'GZ-20260009', ['婚姻状况证明']));

  const complaintAt = now - 5 * DAY;
  const day = localTime(complaintAt).day;
  const complaint: ComplaintRecord = {
    id: uuidv7(complaintAt),
    kind: 'complaint',
    createdAt: new Date(complaintAt).toISOString(),
    stationId: STATION,
    channel: 'web',
    trackingNo: makeTrackingNumber({
      prefix: TRACKING_PREFIXES.complaint,
      date: day,
      node: COLLECTOR_TRACKING_NODE,
      seq: await store.complaints.nextTrackingSeq(COLLECTOR_TRACKING_NODE, day),
    }),
    category: 'delay',
    windowId: 'w02',
    staffId: 's04',
    description: '办理户口迁移时被告知系统维护，让下午再来，下午来了又说材料要重新复印，来回跑了三次。',
    wantsReply: false,
  };
  records.push(complaint);
  await store.records.insert(records.map(stored));

  for (const b of bad) {
    for (const [to, note, reason] of b.steps) {
      const current = await store.cases.getCase(b.record.id);
      if (!current) break;
      const outcome = applyCaseTransition(current, { to, note, ...(reason ? { reason } : {}) });
      if (!outcome.ok) throw new Error(`demo case ${b.record.id}: ${outcome.message}`);
      const at = new Date(Date.parse(b.record.createdAt) + (b.steps.findIndex((s) => s[0] === to) + 1) * 20 * HOUR).toISOString();
      await store.cases.transitionCase(current, outcome.next, {
        at,
        from: current.state,
        to,
        by: '大厅管理办公室 周敏',
        note,
        reason: reason ?? null,
      });
    }
  }

  const step = (hours: number) => new Date(complaintAt + hours * HOUR).toISOString();
  const reply =
    '经核查，当日户籍系统确在维护，窗口未提前告知，已向您致歉；现已实行系统维护提前公告和材料“一次性告知”，并对相关人员进行批评教育。';
  await store.cases.logComplaintEvent(
    complaint.id,
    { at: step(1), action: 'assign', from: null, to: '首问 赵建国', note: null },
    '首问 赵建国',
  );
  await store.cases.logComplaintEvent(
    complaint.id,
    { at: step(3), action: 'handover', from: '首问 赵建国', to: '户籍窗口负责人 刘芳', note: '涉及系统维护告知，转窗口负责人处理' },
    '户籍窗口负责人 刘芳',
  );
  await store.complaints.updateHandling(complaint.trackingNo, 'received', {
    status: 'replied',
    assignee: '户籍窗口负责人 刘芳',
    publicReply: reply,
    assignedAt: step(1),
    repliedAt: step(26),
    closedAt: null,
  });
  await store.cases.logComplaintEvent(complaint.id, { at: step(26), action: 'reply', from: 'assigned', to: 'replied', note: reply });
}
