import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_TRACKING_NODE } from '@manyi/core';
import { type HeldNode, pickTrackingNode, WEB_OVERFLOW_NODES } from './store/device-store.js';
import { backends } from './test-support/backends.js';
import { hallTest } from './test-support/hall-tests.js';
import { enrolDevice, upload } from './test-support/http.js';
import { heartbeat, rating } from './test-support/records.js';

describe('tracking nodes for new devices', () => {
  const now = new Date('2026-11-23T02:00:00Z'); // 10:00 on the 23rd in China
  const allHeld = (revoked: Record<number, string>): HeldNode[] =>
    Array.from({ length: MAX_TRACKING_NODE }, (_, i) => ({ node: i + 1, revokedAt: revoked[i + 1] ?? null }));

  test('the lowest node no device holds, never the collector’s node 0', () => {
    assert.deepEqual(pickTrackingNode([], now), { node: 1, reclaimed: false });
    assert.deepEqual(
      pickTrackingNode(
        [
          { node: 1, revokedAt: null },
          { node: 3, revokedAt: null },
        ],
        now,
      ),
      { node: 2, reclaimed: false },
    );
  });

  test('when all are held, the node of the device revoked longest ago — only if revoked before today', () => {
    const yesterday = '2026-11-22T10:00:00.000Z';
    const earlier = '2026-11-01T10:00:00.000Z';
    const thisMorning = '2026-11-22T17:00:00.000Z'; // 01:00 on the 23rd in China
    assert.deepEqual(pickTrackingNode(allHeld({ 7: yesterday, 9: earlier }), now), { node: 9, reclaimed: true });
    assert.equal(pickTrackingNode(allHeld({ 7: thisMorning }), now), undefined, 'numbers made today on it could repeat');
    assert.equal(pickTrackingNode(allHeld({}), now), undefined);
    const tabletNodesHeld = allHeld({}).filter((h) => h.node < WEB_OVERFLOW_NODES.from);
    assert.equal(pickTrackingNode(tabletNodesHeld, now), undefined, 'the web channel’s overflow nodes are never a tablet’s');
  });
});

for (const backend of backends()) {
  describe(`devices on ${backend.name}`, { skip: backend.skip }, () => {
    const run = hallTest(backend);

    run('each enrolled device gets its own tracking node, in the enrollment answer and its config', async (call, first) => {
      const second = await enrolDevice(call);
      assert.deepEqual([first.trackingNode, second.trackingNode], [1, 2]);
      const config = await call('GET', '/devices/me/config', undefined, second.token);
      assert.equal(config.body.trackingNode, 2);
    });

    run('the device list shows when each device was last seen, its window and what its newest heartbeat said', async (call, device) => {
      const idle = await enrolDevice(call);
      const before = Date.now();
      await upload(call, device, [rating(), { ...heartbeat(7), windowId: 'w1' }]);
      await upload(call, device, [heartbeat(99, new Date(Date.now() - 3_600_000))]); // an old heartbeat arriving late
      const { status, body } = await call('GET', '/admin/stations/hall/devices');
      assert.equal(status, 200);
      const [seen, other] = body.items;
      assert.equal(seen.id, device.deviceId);
      assert.ok(Date.parse(seen.lastSeenAt) >= before - 1000);
      assert.equal(seen.lastHeartbeat.pending, 7, 'the newest heartbeat counts, not the last to arrive');
      assert.equal(seen.lastHeartbeat.appVersion, '0.1.0');
      assert.equal(seen.lastHeartbeat.windowId, 'w1', 'the window the tablet is set to, for listing it by window');
      assert.equal(seen.revokedAt, null);
      assert.deepEqual([other.id, other.lastSeenAt, other.lastHeartbeat], [idle.deviceId, null, null]);
      assert.equal((await call('GET', '/admin/stations/nowhere/devices')).status, 404);
    });

    run('a revoked device’s token gets 401 on every device call; revoking again keeps the first time', async (call, device) => {
      assert.equal((await upload(call, device, [rating()])).status, 200);
      const revoked = await call('POST', `/admin/devices/${device.deviceId}/revoke`);
      assert.equal(revoked.status, 200);
      assert.ok(revoked.body.revokedAt);

      const config = await call('GET', '/devices/me/config', undefined, device.token);
      const batch = await upload(call, device, [rating()]);
      for (const answer of [config, batch]) {
        assert.equal(answer.status, 401);
        assert.equal(answer.body.error.code, 'device-not-enrolled');
      }
      const again = await call('POST', `/admin/devices/${device.deviceId}/revoke`);
      assert.equal(again.body.revokedAt, revoked.body.revokedAt);
      const { body } = await call('GET', '/admin/stations/hall/devices');
      assert.equal(body.items[0].revokedAt, revoked.body.revokedAt);
      assert.equal((await call('POST', '/admin/devices/no-such-device/revoke')).status, 404);
      assert.equal((await call('POST', `/admin/devices/${device.deviceId}/revoke`, undefined, device.token)).status, 401);
    });
  });
}
