import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uuidv7 } from '@manyi/core';
import { hashSecret } from './credentials.js';
import { DEMO_STATION } from './demo.js';
import { issueEnrollmentCode } from './enrollment.js';
import { demoCollector } from './test-support/demo-collector.js';
import { sampleRating } from './test-support/records.js';

const ADMIN = 'metrics-admin-token-0123456789';

/** `name{labels} value` lines of a Prometheus text exposition, as a map. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-z_:][a-z0-9_:]*(?:\{[^}]*\})?) (\S+)$/i.exec(line);
    assert.ok(match?.[1] && match[2], `not an exposition line: ${line}`);
    out.set(match[1], Number(match[2]));
  }
  return out;
}

/** A collector whose /metrics is public (MANYI_METRICS_PUBLIC=true) unless a token or `closed` says otherwise. */
async function collector(options: { metricsToken?: string; closed?: boolean } = {}) {
  const { store, app } = await demoCollector(ADMIN, {
    metricsAccess: options.metricsToken ? { tokenHash: hashSecret(options.metricsToken) } : { public: options.closed !== true },
  });
  const scrape = async (token?: string) => {
    const response = await app.request('/metrics', { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };
  return { store, app, scrape };
}

describe('GET /metrics', () => {
  test('counts uploaded records by kind and outcome, and times each batch', async () => {
    const { store, app, scrape } = await collector();
    const { code } = await issueEnrollmentCode(store, DEMO_STATION.id);
    const enrolled = await app.request('/api/v1/devices/enroll', { method: 'POST', body: JSON.stringify({ code }) });
    const device = (await enrolled.json()) as { deviceId: string; token: string };
    const at = new Date();
    const now = at.toISOString();
    const rating = sampleRating({}, at);
    const heartbeat = { ...rating, id: uuidv7(), kind: 'heartbeat' }; // lacks its fields: rejected
    const records = [rating, rating, heartbeat, { kind: 'gossip' }, 42];
    const upload = await app.request('/api/v1/records/batch', {
      method: 'POST',
      headers: { authorization: `Bearer ${device.token}` },
      body: JSON.stringify({ deviceId: device.deviceId, sentAt: now, records }),
    });
    assert.equal(upload.status, 200);

    const { status, type, text } = await scrape();
    assert.equal(status, 200);
    assert.match(type ?? '', /^text\/plain; version=0\.0\.4/);
    const s = samples(text);
    assert.equal(s.get('manyi_records_total{kind="rating",outcome="accepted"}'), 1);
    assert.equal(s.get('manyi_records_total{kind="rating",outcome="duplicate"}'), 1);
    assert.equal(s.get('manyi_records_total{kind="heartbeat",outcome="rejected"}'), 1);
    assert.equal(s.get('manyi_records_total{kind="unknown",outcome="rejected"}'), 2, 'unknown kinds are not label values');
    assert.equal(s.get('manyi_batch_duration_seconds_count'), 1);
    assert.equal(s.get('manyi_batch_duration_seconds_bucket{le="+Inf"}'), 1);
    assert.equal(s.get('manyi_store_info{kind="sqlite"}'), 1);
    assert.equal(s.get('manyi_database_connections{state="open"}'), 1);
    assert.ok((s.get('manyi_uptime_seconds') ?? 0) > 0);
    await store.close();
  });

  test('labels requests by route pattern, so probing random paths adds no series', async () => {
    const { store, app, scrape } = await collector();
    for (const id of ['a', 'b', 'c']) await app.request(`/api/v1/admin/stations/${id}`, { headers: { authorization: `Bearer ${ADMIN}` } });
    for (let i = 0; i < 20; i++) await app.request(`/wp-admin/${i}.php`);
    await app.request('/healthz');
    const s = samples((await scrape()).text);
    assert.equal(s.get('manyi_http_requests_total{method="GET",route="/api/v1/admin/stations/:stationId",status="404"}'), 3);
    assert.equal(s.get('manyi_http_requests_total{method="GET",route="unmatched",status="404"}'), 20);
    assert.equal(s.get('manyi_http_requests_total{method="GET",route="/healthz",status="200"}'), 1);
    assert.equal([...s.keys()].filter((k) => k.includes('wp-admin')).length, 0);
    await store.close();
  });

  test('with neither MANYI_METRICS_TOKEN nor MANYI_METRICS_PUBLIC, nobody reads the figures, and the answer says how to open them', async () => {
    const { store, scrape } = await collector({ closed: true });
    for (const token of [undefined, ADMIN, 'metrics-token-0123456789']) {
      const refused = await scrape(token);
      assert.equal(refused.status, 401);
      assert.match(refused.text, /MANYI_METRICS_TOKEN.*MANYI_METRICS_PUBLIC=true/);
    }
    await store.close();
  });

  test('with MANYI_METRICS_TOKEN set, only its holder reads the figures', async () => {
    const { store, scrape } = await collector({ metricsToken: 'metrics-token-0123456789' });
    const refused = await scrape();
    assert.equal(refused.status, 401);
    assert.equal((JSON.parse(refused.text) as { error: { code: string } }).error.code, 'unauthorized');
    assert.equal((await scrape(ADMIN)).status, 401, 'the admin token is not the metrics token');
    assert.equal((await scrape('metrics-token-0123456789')).status, 200);
    await store.close();
  });
});
