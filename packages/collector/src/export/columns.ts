import { BAD_REVIEW_REASONS, complaintCategoryLabels, isBadReview, LEVEL_LABELS, type NationalLevel } from '@manyi/core';
import { FINDING_LABELS } from '../complaint-findings.js';
import { HANDLING_STATUS_LABELS } from '../complaint-handling.js';
import { INTAKE_CHANNEL_LABELS } from '../complaint-intake-channels.js';
import type { ExportedRating, StoredComplaint } from '../store/complaint-store.js';
import { type CatalogueNames, CHANNEL_LABELS, hallTime, PROVENANCE_LABELS, yesNo } from './labels.js';

/** One export column: its zh-CN header and how a row fills it. */
export interface Column<Row> {
  header: string;
  value: (row: Row, names: CatalogueNames) => string | number;
}

const reasonLabel = new Map<string, string>(BAD_REVIEW_REASONS.map((r) => [r.code, r.labels['zh-CN']]));

export const RATING_COLUMNS: readonly Column<ExportedRating>[] = [
  { header: '记录编号', value: (r) => r.record.id },
  { header: '评价时间', value: (r) => hallTime(r.createdAt) },
  { header: '接收时间', value: (r) => hallTime(r.receivedAt) },
  { header: '站点', value: (r) => r.record.stationId },
  { header: '窗口编号', value: (r) => r.record.windowId },
  { header: '窗口', value: (r, n) => n.window(r.record.windowId) },
  { header: '工作人员编号', value: (r) => r.record.staffId ?? '' },
  { header: '工作人员', value: (r, n) => n.staff(r.record.staffId) },
  { header: '事项编号', value: (r) => r.record.serviceItemId ?? '' },
  { header: '事项', value: (r, n) => n.serviceItem(r.record.serviceItemId) },
  { header: '办件号', value: (r) => r.record.ticket ?? '' },
  { header: '国家等级代码', value: (r) => r.record.level },
  { header: '评价等级', value: (r) => LEVEL_LABELS[r.record.level as NationalLevel]['zh-CN'] },
  { header: '差评', value: (r) => yesNo(isBadReview(r.record.level as NationalLevel)) },
  { header: '差评原因', value: (r) => (r.record.reasons ?? []).map((code) => reasonLabel.get(code) ?? code).join('；') },
  { header: '评价意见', value: (r) => r.record.comment ?? '' },
  { header: '量表', value: (r) => `${r.record.scale}级` },
  { header: '原始答案', value: (r) => r.record.answer },
  { header: '误触（不计入统计）', value: (r) => yesNo(r.record.misuse === true) },
  { header: '渠道', value: (r) => CHANNEL_LABELS[r.record.channel] },
  { header: '来源', value: (r) => PROVENANCE_LABELS[r.provenance] },
  { header: '设备编号', value: (r) => r.deviceId ?? '' },
  // Last, so columns a spreadsheet already reads by position stay where they were.
  { header: '行政区划代码', value: (_r, n) => n.divisionCode },
];

export const COMPLAINT_COLUMNS: readonly Column<StoredComplaint>[] = [
  { header: '投诉编号', value: (c) => c.trackingNo },
  { header: '记录编号', value: (c) => c.recordId },
  { header: '受理时间', value: (c) => hallTime(c.receivedAt) },
  { header: '站点', value: (c) => c.stationId },
  { header: '投诉类别', value: (c) => complaintCategoryLabels(c.category)?.['zh-CN'] ?? c.category },
  { header: '窗口编号', value: (c) => c.windowId ?? '' },
  { header: '窗口', value: (c, n) => n.window(c.windowId) },
  { header: '工作人员编号', value: (c) => c.staffId ?? '' },
  { header: '工作人员', value: (c, n) => n.staff(c.staffId) },
  { header: '事项编号', value: (c) => c.serviceItemId ?? '' },
  { header: '事项', value: (c, n) => n.serviceItem(c.serviceItemId) },
  { header: '投诉内容', value: (c) => c.description },
  { header: '要求答复', value: (c) => yesNo(c.wantsReply) },
  { header: '办理状态', value: (c) => HANDLING_STATUS_LABELS[c.status]['zh-CN'] },
  { header: '承办人', value: (c) => c.assignee ?? '' },
  { header: '公开答复', value: (c) => c.publicReply ?? '' },
  { header: '分派时间', value: (c) => hallTime(c.assignedAt) },
  { header: '答复时间', value: (c) => hallTime(c.repliedAt) },
  { header: '办结时间', value: (c) => hallTime(c.closedAt) },
  { header: '渠道', value: (c) => CHANNEL_LABELS[c.channel] },
  { header: '来源', value: (c) => PROVENANCE_LABELS[c.provenance] },
  { header: '设备编号', value: (c) => c.deviceId ?? '' },
  { header: '受理途径', value: (c) => (c.intakeChannel ? INTAKE_CHANNEL_LABELS[c.intakeChannel]['zh-CN'] : '') },
  { header: '录入人', value: (c) => c.keyedBy ?? '' },
  { header: '查实结论', value: (c) => (c.finding ? FINDING_LABELS[c.finding.code]['zh-CN'] : '') },
  { header: '结论理由', value: (c) => c.finding?.reasons ?? '' },
  { header: '结论人', value: (c) => c.finding?.by ?? '' },
  { header: '撤销理由', value: (c) => c.voided?.reason ?? '' },
  { header: '回访满意度', value: (c) => (c.satisfaction ? SATISFACTION_LABELS[c.satisfaction.level] : '') },
  { header: '行政区划代码', value: (_c, n) => n.divisionCode },
];

const SATISFACTION_LABELS = { satisfied: '满意', 'fairly-satisfied': '基本满意', dissatisfied: '不满意' } as const;

/** Only with `includePersonal=true`: the citizen's contact details, while they are kept. */
export const PERSONAL_COLUMNS: readonly Column<StoredComplaint>[] = [
  { header: '联系人', value: (c) => c.contact?.name ?? '' },
  { header: '联系电话', value: (c) => c.contact?.phone ?? '' },
  { header: '联系方式删除时间', value: (c) => hallTime(c.contactErasedAt) },
];
