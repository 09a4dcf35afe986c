/**
 * TOTP through the API on one collector: enrol, confirm, sign in with `otp`, a code used once,
 * wrong codes throttled like wrong passwords, removal with a code or by an admin. The clock is
 * mocked (Date only) so each 30-second step comes when the test says.
 */
import assert from 'node:assert/strict';
import { after, before, describe, mock, test } from 'node:test';
import { SqliteStore } from '../store/sqlite.js';
import { type ApiCall, apiClient } from '../test-support/http.js';
import { TOTP_STEP_SECONDS, totpCode, totpStep } from './totp.js';

const STEP_MS = TOTP_STEP_SECONDS * 1000;
const PASSWORD = 'lantern-orchard-42';

describe('second factor (TOTP)', () => {
  const store = new SqliteStore(':memory:');
  let call: ApiCall;
  let session: string;
  let now = Math.ceil(Date.now() / STEP_MS) * STEP_MS + 5_000;
  const later = (ms: number) => {
    now += ms;
    mock.timers.setTime(now);
  };
  const login = (otp?: string) =>
    call('POST', '/auth/login', { username: 'amy', password: PASSWORD, ...(otp === undefined ? {} : { otp }) }, null);
  /** A six-digit code that is none of the codes valid now. */
  const wrongCode = (secret: string) => {
    const valid = [-1, 0, 1].map((d) => totpCode(secret, totpStep(now) + d));
    return ['000000', '111111', '222222', '333333'].find((c) => !valid.includes(c)) as string;
  };

  before(async () => {
    mock.timers.enable({ apis: ['Date'], now });
    await store.migrate();
    call = apiClient(store);
    const created = await call('POST', '/admin/users', { username: 'amy', password: PASSWORD, displayName: '艾米', role: 'admin' });
    assert.equal(created.status, 201, created.text);
    session = (await login()).body.token;
  });
  after(async () => {
    mock.timers.reset();
    await store.close();
  });

  test('enrolment, sign-in with a code used once, throttling, and removal', async () => {
    const enrolled = await call('POST', '/auth/totp', undefined, session);
    assert.equal(enrolled.status, 201, enrolled.text);
    const { secret, otpauthUri } = enrolled.body;
    assert.match(otpauthUri, /^otpauth:\/\/totp\//);
    const status = await call('GET', '/auth/totp', undefined, session);
    assert.deepEqual(status.body, { enabled: false, pending: true });
    assert.equal((await login()).status, 200, 'a pending enrolment asks for no code yet');

    assert.equal((await call('POST', '/auth/totp/confirm', { code: wrongCode(secret) }, session)).body.error.code, 'otp-invalid');
    const confirmed = await call('POST', '/auth/totp/confirm', { code: totpCode(secret, totpStep(now)) }, session);
    assert.equal(confirmed.status, 200, confirmed.text);
    assert.equal((await call('POST', '/auth/totp', undefined, session)).status, 409, 'a second enrolment needs the first removed');
    assert.doesNotMatch((await call('GET', '/auth/totp', undefined, session)).text, new RegExp(secret), 'the secret is shown once only');

    const missing = await login();
    assert.deepEqual([missing.status, missing.body.error.code], [401, 'otp-required']);
    assert.equal((await login(wrongCode(secret))).body.error.code, 'otp-invalid');
    assert.equal((await login(totpCode(secret, totpStep(now)))).body.error.code, 'otp-invalid', 'the code confirming enrolment is used');
    later(STEP_MS);
    const fresh = totpCode(secret, totpStep(now));
    const signedIn = await login(fresh);
    assert.equal(signedIn.status, 200, signedIn.text);
    assert.equal((await login(fresh)).body.error.code, 'otp-invalid', 'the same code twice');
    // Five failures so far (one at confirmation): the account waits, even with a right code.
    const throttled = await login(totpCode(secret, totpStep(now) + 1));
    assert.equal(throttled.status, 429, throttled.text);
    assert.ok(Number(throttled.headers.get('retry-after')) > 0);

    later(5 * 60_000);
    const token = signedIn.body.token;
    assert.equal((await call('POST', '/auth/totp/disable', { code: wrongCode(secret) }, token)).status, 400, 'the session stays');
    assert.equal((await call('POST', '/auth/totp/disable', { code: totpCode(secret, totpStep(now)) }, token)).status, 204);
    assert.deepEqual((await call('GET', '/auth/totp', undefined, token)).body, { enabled: false, pending: false });
    assert.equal((await call('POST', '/auth/totp/disable', { code: '123456' }, token)).status, 409, 'nothing left to remove');
    assert.equal((await login()).status, 200, 'the password alone again');

    const again = (await call('POST', '/auth/totp', undefined, token)).body.secret;
    later(STEP_MS);
    assert.equal((await call('POST', '/auth/totp/confirm', { code: totpCode(again, totpStep(now)) }, token)).status, 200);
    assert.equal((await call('DELETE', '/admin/users/amy/totp')).status, 204, 'an admin removes it (a lost phone)');
    assert.equal((await call('DELETE', '/admin/users/amy/totp')).status, 404);
    assert.equal((await login()).status, 200);

    const trail = JSON.stringify(await store.audit.list({ limit: 1000 }));
    for (const s of [secret, again]) assert.ok(!trail.includes(s), 'no secret in the audit trail');
    const actions = (await store.audit.list({ actor: 'amy', limit: 1000 })).map((e) => e.action);
    for (const action of ['login', 'totpEnrol', 'totpConfirm', 'totpDisable']) assert.ok(actions.includes(action), action);
  });
});
