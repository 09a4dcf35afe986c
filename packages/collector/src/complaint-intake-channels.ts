import type { Channel, Labels } from '@manyi/core';

/**
 * How a complaint or consultation keyed in by staff reached the station: the complaint box
 * (意见箱), the complaint phone (投诉电话), a transfer from the 12345 hotline, a letter, a visit in
 * person, or a symposium (座谈会). Each maps to the record channel the figures already know.
 */
export const INTAKE_CHANNELS = ['box', 'phone', 'hotline-12345', 'letter', 'walk-in', 'symposium'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

export const INTAKE_CHANNEL_LABELS: Readonly<Record<IntakeChannel, Labels>> = {
  box: { 'zh-CN': '意见箱', en: 'Complaint box', 'zh-TW': '意見箱' },
  phone: { 'zh-CN': '投诉电话', en: 'Complaint phone', 'zh-TW': '投訴電話' },
  'hotline-12345': { 'zh-CN': '12345 转办', en: '12345 hotline transfer', 'zh-TW': '12345 轉辦' },
  letter: { 'zh-CN': '来信', en: 'Letter', 'zh-TW': '來信' },
  'walk-in': { 'zh-CN': '来访', en: 'In person', 'zh-TW': '來訪' },
  symposium: { 'zh-CN': '座谈会', en: 'Symposium', 'zh-TW': '座談會' },
};

/** The record channel an intake channel is stored under (records.channel). */
export const RECORD_CHANNEL_OF: Readonly<Record<IntakeChannel, Channel>> = {
  box: 'paper',
  phone: 'hotline',
  'hotline-12345': 'hotline',
  letter: 'paper',
  'walk-in': 'staff',
  symposium: 'staff',
};
