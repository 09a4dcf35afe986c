import type { Commitment, Region, ServiceItem, StaffMember } from '@manyi/core';
import type { NewStation } from './store/store.js';

/**
 * The demo hall `npm start` creates: a township-level 政务服务大厅 with a general-acceptance
 * window (一窗受理), a household-registration window and a real-estate window, the people who
 * staff them, four everyday service items with their guides, and the commitments on the wall.
 * Phone numbers are made up.
 */

const HALL = '示范政务服务大厅';
const QUERY_PHONE = '0571-87001234';
const COMPLAINT_PHONE = '0571-87005678';
const HOURS = '周一至周五 9:00—12:00、13:30—17:00；周六 9:00—12:00 延时服务（法定节假日除外）';

const staff: StaffMember[] = [
  { id: 's01', name: '王晓燕', number: '10101', windowId: 'w01' },
  { id: 's02', name: '陈志强', number: '10102', windowId: 'w01' },
  { id: 's03', name: '刘芳', number: '10201', windowId: 'w02' },
  { id: 's04', name: '赵建国', number: '10202', windowId: 'w02' },
  { id: 's05', name: '孙丽萍', number: '10301', windowId: 'w03' },
];

const proxy = {
  id: 'weituoshu',
  name: '授权委托书及受托人居民身份证',
  form: 'original',
  copies: 1,
  format: '委托书须委托人签名并注明委托事项和期限',
  condition: '委托他人代为办理时提供',
} as const;

const serviceItems: ServiceItem[] = [
  {
    id: 'budongchan-zhuanyi',
    name: '不动产转移登记（存量房买卖）',
    code: 'ZR-BDC-0203',
    version: '3.1',
    guide: {
      materials: [
        {
          id: 'shenqingshu',
          name: '不动产登记申请书',
          form: 'original',
          copies: 1,
          issuer: '不动产登记机构',
          howToObtain: '3号窗口领取或现场填写',
        },
        { id: 'shenfen', name: '买卖双方居民身份证', form: 'original-and-copy', copies: 1, format: 'A4 纸复印正反面' },
        { id: 'quanshu', name: '不动产权证书（或房屋所有权证）', form: 'original', copies: 1, issuer: '不动产登记机构' },
        {
          id: 'hetong',
          name: '存量房买卖合同',
          form: 'original',
          copies: 1,
          howToObtain: '在存量房交易网签系统备案后打印',
        },
        {
          id: 'wanshui',
          name: '契税、增值税等完税凭证',
          form: 'original',
          copies: 1,
          issuer: '税务机关',
          howToObtain: '“一窗受理”后在3号窗口同步缴税，无需另行取得',
        },
        {
          id: 'hunyin',
          name: '婚姻状况证明（结婚证或离婚证、离婚协议）',
          form: 'original-and-copy',
          copies: 1,
          issuer: '婚姻登记机关',
          condition: '需确认房屋为夫妻共有或个人所有时提供',
        },
        proxy,
      ],
      legalBasis: '《不动产登记暂行条例》第十四条、第二十条；《不动产登记暂行条例实施细则》第三十八条',
      timeLimitDays: 5,
      fee: '住宅 80 元/件（含第一本证书工本费），每增加一本证书加收工本费 10 元；非住宅 550 元/件',
      place: `${HALL} 3号窗口`,
      queryPhone: QUERY_PHONE,
    },
  },
  {
    id: 'geti-sheli',
    name: '个体工商户设立登记',
    code: 'SJ-DJ-0101',
    version: '2.0',
    guide: {
      materials: [
        {
          id: 'shenqingshu',
          name: '个体工商户登记（备案）申请书',
          form: 'original',
          copies: 1,
          format: '经营者本人签字',
          issuer: '市场监督管理部门',
          howToObtain: '1号窗口领取，或在政务服务网下载填写',
        },
        { id: 'shenfen', name: '经营者居民身份证', form: 'original-and-copy', copies: 1 },
        {
          id: 'changsuo',
          name: '经营场所使用证明（不动产权证书或租赁合同）',
          form: 'copy',
          copies: 1,
          condition: '使用自有房屋的提供产权证明，租赁的提供租赁合同',
        },
        proxy,
      ],
      legalBasis: '《促进个体工商户发展条例》；《中华人民共和国市场主体登记管理条例》第十九条',
      timeLimitDays: 1,
      fee: '不收费',
      place: `${HALL} 1号窗口`,
      queryPhone: QUERY_PHONE,
    },
  },
  {
    id: 'hukou-qianyi',
    name: '户口迁移（市内迁入）',
    code: 'GA-HJ-0112',
    version: '1.4',
    guide: {
      materials: [
        { id: 'hukoubu', name: '迁出地居民户口簿', form: 'original', copies: 1, issuer: '公安机关户籍管理部门' },
        { id: 'shenfen', name: '迁移人居民身份证', form: 'original', copies: 1, condition: '已满16周岁的迁移人提供' },
        {
          id: 'zhusuo',
          name: '迁入地合法稳定住所证明（不动产权证书或经备案的购房合同）',
          form: 'original-and-copy',
          copies: 1,
          issuer: '不动产登记机构',
          howToObtain: '可在本大厅3号窗口查询打印不动产登记信息',
        },
        {
          id: 'tongyi',
          name: '户主及房屋产权人同意入户的书面意见',
          form: 'original',
          copies: 1,
          format: '户主、产权人签名并按手印',
          condition: '迁入他人户内时提供',
        },
        proxy,
      ],
      legalBasis: '《中华人民共和国户口登记条例》第十条、第十三条',
      timeLimitDays: 5,
      fee: '不收费',
      place: `${HALL} 2号窗口`,
      queryPhone: QUERY_PHONE,
    },
  },
  {
    id: 'shenfenzheng-huanling',
    name: '居民身份证换领',
    code: 'GA-SFZ-0102',
    version: '2.2',
    guide: {
      materials: [
        { id: 'jiuzheng', name: '原居民身份证', form: 'original', copies: 1, condition: '有效期满、证件损坏或登记项目变更时交回' },
        { id: 'hukoubu', name: '居民户口簿', form: 'original', copies: 1, issuer: '公安机关户籍管理部门' },
        {
          id: 'xiangpian',
          name: '本人近期免冠彩色数字相片',
          form: 'electronic',
          copies: 1,
          howToObtain: '2号窗口现场免费采集，同时采集指纹',
        },
        { id: 'jianhuren', name: '监护人居民身份证', form: 'original', copies: 1, condition: '未满16周岁的由监护人陪同办理' },
      ],
      legalBasis: '《中华人民共和国居民身份证法》第八条、第十一条',
      timeLimitDays: 15,
      fee: '工本费 20 元/证（临时居民身份证 10 元/证）',
      place: `${HALL} 2号窗口`,
      queryPhone: QUERY_PHONE,
    },
  },
];

const posted = { hours: HOURS, hotline: '12345', complaintPhone: COMPLAINT_PHONE } as const;

const commitments: Commitment[] = [
  {
    id: 'c1-jilai-jiban',
    promise: '个体工商户设立登记等即办事项，材料齐全、符合法定形式的，即来即办，当场办结；居民身份证换领当场完成受理和相片采集。',
    limits: [{ value: 30, unit: 'minutes', measure: 'maximum' }],
    legalBasis: '《中华人民共和国市场主体登记管理条例》第十九条',
    fees: '按办事指南公示标准收费，指南以外一律不收费',
    ...posted,
    liability: '超时未办结的，由大厅值班负责人现场协调办结并向申请人致歉；当月累计两次的，取消窗口当月“红旗窗口”评选资格。',
  },
  {
    id: 'c2-xianshi-banjie',
    serviceItemId: 'budongchan-zhuanyi',
    promise: '不动产转移登记申请材料齐全的，5个工作日内办结并发证（法定时限30个工作日）。',
    limits: [{ value: 5, unit: 'working-days', measure: 'maximum' }],
    legalBasis: '《不动产登记暂行条例》第二十条',
    fees: '住宅 80 元/件，非住宅 550 元/件',
    ...posted,
    liability: '超过承诺时限的，经核实由承办人所在科室负责人书面说明原因并限期办结，承办人当年不得评为先进个人。',
  },
  {
    id: 'c3-yicixing-gaozhi',
    promise: '申请材料不齐全或不符合法定形式的，当场出具《一次性告知书》，一次性告知需要补正的全部内容，不让群众因材料问题跑第二趟。',
    // 当场: no span to count, so no limit; the law's outer bound is five days.
    limits: [],
    legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（四）项',
    ...posted,
    liability:
      '因未一次性告知导致申请人多跑一次的，由出具告知的工作人员向申请人当面致歉，补正后开通绿色通道优先办理，并按首问责任扣减窗口月度考核分。',
  },
  {
    id: 'c4-shouwen-fuze',
    promise:
      '首位接待群众的工作人员为首问责任人：属本窗口职责的当即办理，不属本窗口职责的引导至责任窗口并登记交接，不能当场答复的1个工作日内回复。',
    limits: [{ value: 1, unit: 'working-days', measure: 'maximum' }],
    ...posted,
    liability: '推诿扯皮、拒不接待的，经查实每次扣减当事人服务积分 4 分，并由大厅管理办公室进行诫勉谈话。',
  },
];

/** The district the demo halls lie in, so the region figures have something to count. */
export const DEMO_REGION: Region = { id: 'demo-district', name: '示范区' };

export const DEMO_STATION: NewStation = {
  id: 'demo',
  name: HALL,
  scale: 5,
  cooldownMs: 5000,
  thankYouMs: 3000,
  idleResetMs: 60_000,
  windows: [
    { id: 'w01', name: '1号窗口 综合受理' },
    { id: 'w02', name: '2号窗口 户籍业务' },
    { id: 'w03', name: '3号窗口 不动产登记' },
  ],
  staff,
  serviceItems,
  commitments,
};
