// A backup taken while kiosks upload, restored: every batch answered before the backup began is
// there, and no batch is there in part. The collector, the backup and the restore each run as
// their own process, as an operator runs them.
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { postgresSkip, throwawayDatabase } from '../../packages/collector/src/test-support/postgres-database.ts';
import { type Batch, enroll, ratingBatch, upload } from '../support/batches.ts';
import { CollectorProcess, freePort } from '../support/collector-process.ts';

const CLI = fileURLToPath(new URL('../../packages/collector/dist/cli.js', import.meta.url));
const ADMIN_TOKEN = 'backup-test-admin-token-0123456789';
const SIZE = 500;
/** Batches answered before the backup begins; uploading goes on while it runs. */
const BEFORE_BACKUP = 12;

const cli = (args: string[], env: Record<string, string>) =>
  promisify(execFile)(process.execPath, [CLI, ...args], { env: { ...process.env, MANYI_LOG_LEVEL: 'warn', ...env } });

/** Why the PostgreSQL half cannot run here: no server, or no pg_dump, pg_restore or psql on PATH. */
function postgresToolsSkip(): string | undefined {
  return (
    postgresSkip() ??
    ['pg_dump', 'pg_restore', 'psql']
      .map((tool) => (spawnSync(tool, ['--version']).status === 0 ? undefined : `${tool} is not on PATH`))
      .find(Boolean)
  );
}

/**
 * Two kiosks upload batches one after another until stopped; `takeBackup` runs once
 * BEFORE_BACKUP batches have been answered. Returns the batches answered before it began and
 * every batch sent.
 */
async function backupDuringIngest(collector: CollectorProcess, takeBackup: () => Promise<unknown>) {
  collector.announced.set('admin token', ADMIN_TOKEN);
  const kiosks = [];
  for (let i = 0; i < 2; i++) {
    const code = await collector.api<{ code: string }>('/api/v1/admin/stations/demo/enrollment-codes', { method: 'POST', admin: true });
    kiosks.push(await enroll(collector, code.body.code));
  }
  const sent: Batch[] = [];
  const answered: Batch[] = [];
  let answeredBeforeBackup: Batch[] | undefined;
  let answeredDuringBackup = 0;
  let stop = false;
  let backingUp: Promise<unknown> | undefined;
  const start = Date.now();
  const kiosk = async (device: { deviceId: string; token: string }) => {
    while (!stop) {
      const batch = ratingBatch(device.deviceId, SIZE, start + sent.length * SIZE);
      sent.push(batch);
      const results = await upload(collector.url, device.token, batch);
      assert.ok(results.every((r) => r.status === 'accepted'));
      answered.push(batch);
      if (answeredBeforeBackup && !stop) answeredDuringBackup++;
      if (answered.length === BEFORE_BACKUP && !backingUp) {
        answeredBeforeBackup = [...answered];
        backingUp = takeBackup().finally(() => {
          stop = true;
        });
      }
    }
  };
  await Promise.all(kiosks.map(kiosk));
  await backingUp;
  return { answeredBeforeBackup: answeredBeforeBackup ?? [], sent, answeredDuringBackup, kiosks };
}

/** How many of each batch's records `ids` holds. */
const storedPerBatch = (ids: ReadonlySet<string>, batches: readonly Batch[]) =>
  batches.map((batch) => batch.records.filter((r) => ids.has(r.id)).length);

function checkRestored(ids: ReadonlySet<string>, run: Awaited<ReturnType<typeof backupDuringIngest>>) {
  for (const [i, n] of storedPerBatch(ids, run.answeredBeforeBackup).entries())
    assert.equal(n, SIZE, `batch ${i} was answered before the backup began, but only ${n} of its records are in it`);
  for (const [i, n] of storedPerBatch(ids, run.sent).entries())
    assert.ok(n === 0 || n === SIZE, `batch ${i} is in the backup in part: ${n}`);
}

describe('backup while the collector ingests', () => {
  test('SQLite: the online backup restored holds every batch answered before it began', async (t) => {
    const work = mkdtempSync(join(tmpdir(), 'manyi-backup-ingest-'));
    const dataDir = join(work, 'data');
    const restoredDir = join(work, 'restored');
    const file = join(work, 'manyi.backup');
    const collector = new CollectorProcess(await freePort(), dataDir, { MANYI_ADMIN_TOKEN: ADMIN_TOKEN, MANYI_LOG_LEVEL: 'warn' });
    let restarted: CollectorProcess | undefined;
    try {
      await collector.start();
      const run = await backupDuringIngest(collector, () => cli(['backup', '--out', file], { MANYI_DATA_DIR: dataDir }));
      await collector.stop();
      t.diagnostic(
        `${run.sent.length} batches sent, ${run.answeredBeforeBackup.length} answered before the backup, ${run.answeredDuringBackup} during it`,
      );
      assert.equal(statSync(file).mode & 0o777, 0o600);

      await cli(['restore', '--from', file], { MANYI_DATA_DIR: restoredDir });
      const db = new DatabaseSync(join(restoredDir, 'manyi.sqlite'));
      const ids = new Set(
        db
          .prepare('SELECT id FROM records')
          .all()
          .map((r) => String(r.id)),
      );
      db.close();
      checkRestored(ids, run);

      // A collector serves the restored data: the tablets' tokens work, and what they had answered is known.
      restarted = new CollectorProcess(await freePort(), restoredDir, { MANYI_ADMIN_TOKEN: ADMIN_TOKEN, MANYI_LOG_LEVEL: 'warn' });
      await restarted.start();
      const first = run.answeredBeforeBackup[0] as Batch;
      const kiosk = run.kiosks.find((k) => k.deviceId === first.deviceId);
      assert.ok(kiosk);
      const replay = await upload(restarted.url, kiosk.token, first);
      assert.ok(replay.every((r) => r.status === 'duplicate'));
    } finally {
      await collector.stop();
      await restarted?.stop();
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('PostgreSQL: pg_dump during ingest, restored into a new database, holds every batch answered before it began', {
    skip: postgresToolsSkip(),
  }, async (t) => {
    const source = await throwawayDatabase();
    const target = await throwawayDatabase();
    const work = mkdtempSync(join(tmpdir(), 'manyi-backup-ingest-'));
    const file = join(work, 'manyi.dump');
    const collector = new CollectorProcess(await freePort(), join(work, 'data'), {
      DATABASE_URL: source.url,
      MANYI_ADMIN_TOKEN: ADMIN_TOKEN,
      MANYI_LOG_LEVEL: 'warn',
    });
    try {
      await collector.start();
      const run = await backupDuringIngest(collector, () => cli(['backup', '--out', file], { DATABASE_URL: source.url }));
      await collector.stop();
      t.diagnostic(
        `${run.sent.length} batches sent, ${run.answeredBeforeBackup.length} answered before the backup, ${run.answeredDuringBackup} during it`,
      );
      assert.equal(statSync(file).mode & 0o777, 0o600);

      await cli(['restore', '--from', file], { DATABASE_URL: target.url });
      const { stdout } = await promisify(execFile)(
        'psql',
        ['--no-psqlrc', '--tuples-only', '--no-align', '--command=SELECT id FROM records', target.url],
        { maxBuffer: 256 * 1024 * 1024 },
      ); // 37 bytes an id: a loaded machine sends many batches while pg_dump runs
      checkRestored(new Set(stdout.split('\n').filter(Boolean)), run);
    } finally {
      await collector.stop();
      rmSync(work, { recursive: true, force: true });
      await source.drop();
      await target.drop();
    }
  });
});
