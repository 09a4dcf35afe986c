import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Logger } from '../log.js';
import { SqliteStore } from '../store/sqlite.js';
import { backends } from '../test-support/backends.js';
import { type ApiCall, apiClient, hallWithDevice, upload, uploadBackdated } from '../test-support/http.js';
import { CONTACT, kioskComplaint, rating } from '../test-support/records.js';
import { runExport } from './export-command.js';

const BOM = '\uFEFF';
const at = (iso: string) => new Date(iso);

/** A spreadsheet row split the RFC 4180 way, enough for these tests. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

function recordingLogger(): Logger & { lines: { msg: string; fields?: Record<string, unknown> }[] } {
  const lines: { msg: string; fields?: Record<string, unknown> }[] = [];
  const record = (msg: string, fields?: Record<string, unknown>) => lines.push({ msg, fields });
  return { lines, debug: record, info: record, warn: record, error: record };
}

for (const backend of backends()) {
  describe(`CSV export on ${backend.name}`, { skip: backend.skip }, () => {
    const run = (
      name: string,
      body: (
        call: ApiCall,
        log: ReturnType<typeof recordingLogger>,
        device: { deviceId: string; token: string; trackingNode?: number },
      ) => Promise<void>,
    ) =>
      test(name, async () => {
        const db = await backend.fresh();
        try {
          const log = recordingLogger();
          const call = apiClient(db.store, { log });
          await body(call, log, await hallWithDevice(call));
        } finally {
          await db.dispose();
        }
      });

    run(
      'ratings: BOM, zh-CN headers and labels, one row per record in time order, quoting and formula escaping',
      async (call, _log, device) => {
        await uploadBackdated(call, device, [
          rating(
            { windowId: 'w2', answer: 2, level: 2, reasons: ['slow', 'waiting'], comment: '等了"一个多小时",\n还让明天再来' },
            at('2025-11-03T02:00:00Z'),
          ),
          rating(
            { windowId: 'w1', staffId: 's1', serviceItemId: 'sfz', answer: 5, level: 5, ticket: 'BJ-0042' },
            at('2025-11-03T01:30:00Z'),
          ),
          rating(
            { windowId: 'w1', answer: 5, level: 5, comment: '=HYPERLINK("http://example.com","点我")', misuse: true },
            at('2025-11-03T01:30:01Z'),
          ),
          rating({ windowId: 'w1', answer: 4, level: 4 }, at('2025-12-01T01:00:00Z')),
        ]);
        const answer = await call('GET', '/admin/export.csv?station=hall&from=2025-11-01&to=2025-11-30');
        assert.equal(answer.status, 200);
        assert.equal(answer.headers.get('content-type'), 'text/csv; charset=utf-8');
        assert.match(
          answer.headers.get('content-disposition') ?? '',
          /attachment; filename="manyi-hall-ratings-2025-11-01-2025-11-30.csv"/,
        );
        assert.ok(answer.text.startsWith(BOM), 'Excel needs the BOM to read UTF-8');
        const lines = answer.text.slice(1).split('\r\n');
        assert.equal(lines.at(-1), '', 'every record ends with CRLF');
        const [header, ...rows] = lines.slice(0, -1);
        assert.equal(
          header,
          '记录编号,评价时间,接收时间,站点,窗口编号,窗口,工作人员编号,工作人员,事项编号,事项,办件号,国家等级代码,评价等级,差评,差评原因,评价意见,量表,原始答案,误触（不计入统计）,渠道,来源,设备编号,行政区划代码',
        );
        // The comment's line break stays inside its quotes: records are split by CRLF only.
        const records = rows.map(cells);
        assert.equal(rows.length, 3, 'December is outside the period');
        const [first, misuse, bad] = records as [string[], string[], string[]];
        assert.deepEqual(first.slice(1, 15), [
          '2025-11-03 09:30:00',
          first[2],
          'hall',
          'w1',
          '1号窗口 综合受理',
          's1',
          '李娜',
          'sfz',
          '居民身份证换领',
          'BJ-0042',
          '5',
          '非常满意',
          '否',
          '',
        ]);
        assert.deepEqual(first.slice(16), ['5级', '5', '否', '评价器', '设备上传', device.deviceId, ''], 'the hall lies in no region');
        assert.equal(misuse[15], '\'=HYPERLINK("http://example.com","点我")', 'a formula is neutralised');
        assert.equal(misuse[18], '是');
        assert.deepEqual([bad[12], bad[13], bad[14], bad[15]], ['不满意', '是', '办理太慢；等候太久', '等了"一个多小时",\n还让明天再来']);
        assert.match(answer.text, /"等了""一个多小时"",\n还让明天再来"/, 'RFC 4180: quoted, quotes doubled');
      },
    );

    run(
      "records file under the 行政区划代码 of the station's region, or the nearest region above it with one",
      async (call, _log, device) => {
        await call('PUT', '/admin/regions/xihu', { name: '西湖区', code: '330106' });
        await call('PUT', '/admin/regions/lingyin', { name: '灵隐街道', parentId: 'xihu' });
        assert.equal((await call('PATCH', '/admin/stations/hall', { regionId: 'lingyin' })).status, 200);
        await uploadBackdated(call, device, [rating({}, at('2025-11-03T02:00:00Z'))]);
        for (const kind of ['rating', 'complaint']) {
          if (kind === 'complaint') await upload(call, device, [kioskComplaint(device.trackingNode ?? -1)]);
          const [header, row] = (await call('GET', `/admin/export.csv?station=hall&kind=${kind}`)).text.slice(1).split('\r\n').map(cells);
          assert.equal(header?.at(-1), '行政区划代码', kind);
          assert.equal(row?.at(-1), '330106', kind);
        }
      },
    );

    run('complaints leave contact details out unless includePersonal=true, which is logged without the data', async (call, log, device) => {
      const complaint = kioskComplaint(device.trackingNode ?? -1, { ...CONTACT, category: 'arbitrary-charges' });
      await upload(call, device, [complaint]);
      await call('POST', `/admin/complaints/${complaint.trackingNo}/reply`, { publicReply: '已退还多收费用' });

      const plain = await call('GET', '/admin/export.csv?station=hall&kind=complaint');
      assert.equal(plain.status, 200);
      assert.doesNotMatch(plain.text, /13912345678|王先生|联系电话/);
      const [header, row] = plain.text.slice(1).split('\r\n').map(cells);
      const field = (name: string) => row?.[header?.indexOf(name) ?? -1];
      assert.equal(field('投诉编号'), complaint.trackingNo);
      assert.equal(field('投诉类别'), '乱收乱罚、设置障碍');
      assert.equal(field('办理状态'), '已答复');
      assert.equal(field('公开答复'), '已退还多收费用');
      assert.equal(field('要求答复'), '是');
      assert.equal(
        log.lines.some((l) => l.msg === 'personal data exported'),
        false,
      );

      const personal = await call('GET', '/admin/export.csv?station=hall&kind=complaint&includePersonal=true');
      const [pHeader, pRow] = personal.text.slice(1).split('\r\n').map(cells);
      assert.deepEqual(pHeader?.slice(-3), ['联系人', '联系电话', '联系方式删除时间']);
      assert.deepEqual(pRow?.slice(-3), ['王先生', '13912345678', '']);
      const logged = log.lines.filter((l) => l.msg === 'personal data exported');
      assert.equal(logged.length, 1);
      assert.deepEqual(logged[0]?.fields, { station: 'hall', kind: 'complaint', from: null, to: null, via: 'api' });
    });

    run('a wrong query is a 400 naming the parameter; an unknown station a 404; no token a 401', async (call) => {
      const wrong: [string, RegExp][] = [
        ['kind=notice', /^kind: /],
        ['includePersonal=yes', /^includePersonal: /],
        ['from=last-week', /^from: /],
      ];
      for (const [query, message] of wrong) {
        const answer = await call('GET', `/admin/export.csv?station=hall&${query}`);
        assert.equal(answer.status, 400, query);
        assert.match(answer.body.error.message, message);
      }
      assert.equal((await call('GET', '/admin/export.csv')).status, 400);
      assert.equal((await call('GET', '/admin/export.csv?station=nowhere')).status, 404);
      assert.equal((await call('GET', '/admin/export.csv?station=hall', undefined, null)).status, 401);
    });

    run('pages through more records than one page holds, each once and in order', async (call, _log, device) => {
      const many = Array.from({ length: 1203 }, (_, i) =>
        rating({}, new Date(Date.UTC(2025, 10, 3, 1, 0, 0, 0) + Math.floor(i / 2) * 1000)),
      );
      for (let i = 0; i < many.length; i += 500) await uploadBackdated(call, device, many.slice(i, i + 500));
      const { text } = await call('GET', '/admin/export.csv?station=hall');
      const ids = text
        .slice(1)
        .trim()
        .split('\r\n')
        .slice(1)
        .map((line) => line.slice(0, 36));
      assert.equal(ids.length, 1203);
      assert.equal(new Set(ids).size, 1203);
    });
  });
}

describe('manyi-collector export', () => {
  test('writes the same CSV to a file, complaint contact details only with --include-personal', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'manyi-export-'));
    const store = new SqliteStore(join(dataDir, 'manyi.sqlite'));
    try {
      await store.migrate();
      const call = apiClient(store);
      const device = await hallWithDevice(call);
      await upload(call, device, [kioskComplaint(device.trackingNode ?? -1, { ...CONTACT })]);
      const out = join(dataDir, 'complaints.csv');
      const config = { port: 0, host: '127.0.0.1', dataDir };
      assert.equal(await runExport(config, { station: 'hall', kind: 'complaint', out }), 0);
      const plain = readFileSync(out, 'utf8');
      assert.ok(plain.startsWith(`${BOM}投诉编号,`));
      assert.doesNotMatch(plain, /13912345678/);
      assert.equal(await runExport(config, { station: 'hall', kind: 'complaint', out, 'include-personal': true }), 0);
      assert.match(readFileSync(out, 'utf8'), /王先生,13912345678/);
      assert.equal(await runExport(config, { station: 'hall', kind: 'everything', out }), 2);
      assert.equal(await runExport(config, { kind: 'rating', out }), 2);
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
