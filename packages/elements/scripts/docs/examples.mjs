// What each docs page's live example starts with: attributes, properties (data an integrator would
// pass in; the docs need no collector), the choices of attributes typed by an alias the manifest
// cannot look into, and the record-taking functions stood in by the page (they log what they get).
const CHANNELS = ['device', 'web', 'qr', 'sms', 'hotline', 'paper', 'staff'];

const month = (levels) => {
  const total = levels[1] + levels[2] + levels[3] + levels[4] + levels[5];
  const bad = levels[1] + levels[2];
  return { levels, total, goodReviewRate: total === 0 ? null : (total - bad) / total, badReviewCount: bad };
};

export const EXAMPLES = {
  'manyi-rating-pad': {
    attributes: { station: 'demo', window: 'w01', 'thank-you-ms': '3000' },
    choices: { scale: ['5', '4', '3'], channel: CHANNELS },
    standIns: ['submit'],
  },
  'manyi-commitment-board': {
    attributes: { heading: '服务承诺' },
    choices: { mode: ['list', 'signage'] },
    properties: {
      commitments: [
        {
          id: 'c1-transfer',
          promise: '不动产转移登记申请材料齐全的，办结并发证',
          limits: [{ value: 5, unit: 'working-days', measure: 'average' }],
          fees: '住宅 80 元/件',
          hours: '周一至周五 9:00–17:00',
          hotline: '12345',
        },
        {
          id: 'c2-first-inquiry',
          promise: '首问负责：不能当场答复的按时回复',
          limits: [{ value: 1, unit: 'working-days', measure: 'maximum' }],
          hotline: '12345',
        },
      ],
      keptRates: { 'c1-transfer': 0.96 },
    },
  },
  'manyi-complaint-form': {
    attributes: { station: 'demo', 'window-name': '1号窗口 综合受理' },
    choices: { channel: CHANNELS },
    standIns: ['submit'],
  },
  'manyi-notice-checklist': {
    attributes: {
      station: 'demo',
      window: 'w03',
      staff: 's07',
      'window-name': '3号窗口 户籍业务',
      'staff-name': '李明',
      office: '示范区政务服务中心',
    },
    choices: { mode: ['self-check', 'clerk'], channel: CHANNELS, paper: ['', 'A4', 'A5'] },
    standIns: ['submit'],
    properties: {
      serviceItem: {
        id: 'hukou-move',
        name: '户口迁移',
        guide: {
          materials: [
            { id: 'id-card', name: '居民身份证', form: 'original-and-copy', copies: 1, issuer: '公安机关' },
            { id: 'hukou-book', name: '居民户口簿', form: 'original', copies: 1 },
            { id: 'proxy', name: '授权委托书', form: 'original', copies: 1, condition: '仅委托办理时提供' },
          ],
          timeLimitDays: 5,
          fee: '不收费',
        },
      },
    },
  },
  'manyi-satisfaction-board': {
    attributes: {},
    choices: { layout: ['list', 'compact'] },
    properties: {
      results: {
        stationId: 'demo',
        stationName: '示范区政务服务中心',
        month: '2026-10',
        from: '2026-09-30T16:00:00.000Z',
        to: '2026-10-31T16:00:00.000Z',
        complete: true,
        overall: month({ 5: 44, 4: 20, 3: 7, 2: 3, 1: 2 }),
        windows: [
          { windowId: 'w1', windowName: '1号窗口 综合受理', ...month({ 5: 30, 4: 10, 3: 3, 2: 1, 1: 0 }) },
          { windowId: 'w2', windowName: '2号窗口 不动产登记', ...month({ 5: 14, 4: 10, 3: 4, 2: 2, 1: 2 }) },
        ],
      },
    },
  },
};
