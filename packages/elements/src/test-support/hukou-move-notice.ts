import type { ServiceItem } from '@manyi/core';

/** A service item as a station would publish it: four materials, one needed only on someone's behalf. */
export const HUKOU_MOVE: ServiceItem = {
  id: 'hukou-move',
  name: '户口迁移',
  code: '330100-HJ-001',
  guide: {
    materials: [
      { id: 'id-card', name: '居民身份证', form: 'original-and-copy', copies: 1, issuer: '公安机关', howToObtain: '户籍所在地派出所办理' },
      { id: 'hukou-book', name: '居民户口簿', form: 'original', copies: 1 },
      { id: 'housing', name: '迁入地住房证明', form: 'copy', copies: 2, format: 'A4 纸', howToObtain: '不动产登记中心打印' },
      { id: 'proxy', name: '授权委托书', form: 'original', copies: 1, condition: '仅委托办理时提供' },
    ],
    timeLimitDays: 5,
    fee: '不收费',
    place: '市民中心二楼 B 区',
    queryPhone: '0571-88001234',
  },
};
