import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { DEFAULT_AUDIT_RETENTION_DAYS, scheduleAuditPruning } from './audit/audit-retention.js';
import { type CollectorConfig, DEFAULT_CONTACT_RETENTION_DAYS } from './config.js';
import { hashSecret, newToken } from './credentials.js';
import { keepDataDirPrivate } from './data-dir.js';
import { markServing } from './data-dir-lock.js';
import { DEMO_STATION, seedDemo } from './demo.js';
import { seedDemoAccounts } from './demo-accounts.js';
import { drainable } from './draining.js';
import { issueEnrollmentCode } from './enrollment.js';
import { rootsForStart } from './example-files.js';
import { newKioskPin, setKioskPin } from './kiosk-pin.js';
import { jsonLogger, type Logger } from './log.js';
import { CollectorMetrics } from './metrics.js';
import { DEFAULT_PERSONAL_DATA_RETENTION, schedulePersonalDataErasure } from './retention.js';
import type { StaticRoots } from './static.js';
import { openStore } from './store/open.js';
import type { Store } from './store/store.js';

/** How long a stopping collector waits for requests in flight before it cuts them off. */
const SHUTDOWN_GRACE_MS = 10_000;

/** A slow or stalled upload is cut off after this long (Node's default is 300 s), answered 408. */
const REQUEST_TIMEOUT_MS = 30_000;

export interface RunningCollector {
  url: string;
  store: Store;
  close(): Promise<void>;
}

export interface StartOptions {
  log?: Logger;
  /** Lines meant for the operator's terminal (URLs, first-start credentials). */
  announce?: (line: string) => void;
  staticRoots?: StaticRoots;
  /** How long a client may take to send a whole request (tests shorten it). */
  requestTimeoutMs?: number;
}

/**
 * The built front ends: copied into `public/` when the package is packed for npm, else the builds
 * next to this package in the repository.
 */
export function defaultStaticRoots(): StaticRoots {
  const at = (rel: string) => {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    return existsSync(dir) ? dir : undefined;
  };
  const examples = at('../../../examples/');
  return {
    kiosk: process.env.MANYI_KIOSK_DIR || at('../public/kiosk/') || at('../../../kiosk/dist/'),
    admin: at('../public/admin/') || at('../../dashboard/dist/'),
    examples: examples && existsSync(join(examples, 'index.html')) ? examples : undefined,
    docs: at('../public/docs/') || at('../../elements/docs-dist/'),
  };
}

/**
 * The admin token: from MANYI_ADMIN_TOKEN, else the one kept in the data directory, else a new one.
 * A new one is printed only for the demo; in production the operator is told where the file is.
 */
function adminToken(config: CollectorConfig, announce: (line: string) => void): string {
  if (config.adminToken) return config.adminToken;
  const file = join(config.dataDir, 'admin-token');
  if (existsSync(file)) {
    announce(`admin token file: ${file}`);
    return readFileSync(file, 'utf8').trim();
  }
  const token = newToken('mat');
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  announce(config.demo === false ? `admin token file: ${file}` : `admin token: ${token}`);
  return token;
}

export async function startCollector(config: CollectorConfig, options: StartOptions = {}): Promise<RunningCollector> {
  const log = options.log ?? jsonLogger(undefined, config.logLevel);
  const announce = options.announce ?? ((line: string) => process.stdout.write(`${line}\n`));
  const reportDataDir = (line: string) => log.warn(line);
  keepDataDirPrivate(config.dataDir, reportDataDir);
  const store = openStore(config);
  let serving = { release() {} };
  try {
    await store.migrate();
    keepDataDirPrivate(config.dataDir, reportDataDir); // the database file SQLite has just made
    if (store.kind === 'sqlite') serving = markServing(config.dataDir);
    const token = adminToken(config, announce);
    if (config.demo !== false && (await seedDemo(store))) {
      const { code } = await issueEnrollmentCode(store, DEMO_STATION.id);
      const pin = newKioskPin();
      await setKioskPin(store, DEMO_STATION.id, pin);
      announce(`enrollment code: ${code}`);
      announce(`kiosk PIN: ${pin}`);
      for (const a of await seedDemoAccounts(store)) announce(`demo account ${a.role}: ${a.username} / ${a.password}`);
    }
    const roots = rootsForStart(options.staticRoots ?? defaultStaticRoots(), config.demo !== false);
    const publicChannel = { trustProxy: config.trustProxy === true };
    const app = createApp({
      store,
      adminTokenHash: hashSecret(token),
      log,
      staticRoots: roots,
      publicChannel,
      metrics: new CollectorMetrics(store, { processMetrics: true }),
      metricsAccess: { tokenHash: config.metricsToken ? hashSecret(config.metricsToken) : undefined, public: config.metricsPublic },
      accessLimits: { trustProxy: config.trustProxy === true },
      sessions: { hours: config.sessionHours, idleMinutes: config.sessionIdleMinutes, oidc: config.oidc },
    });
    const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
    // Node checks the timeouts on a timer: every second, so a stalled upload is cut off close to time.
    const serverOptions = { requestTimeout, headersTimeout: Math.min(20_000, requestTimeout), connectionsCheckingInterval: 1_000 };
    const served = drainable(app.fetch);
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: served.fetch, port: config.port, hostname: config.host, serverOptions }, () => resolve(s));
      s.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    announce(`Manyi collector listening on ${url} (storage: ${store.kind === 'sqlite' ? `SQLite in ${config.dataDir}` : 'PostgreSQL'})`);
    const label = { kiosk: 'kiosk', admin: 'dashboard', examples: 'examples', docs: 'docs' } as const;
    for (const name of ['kiosk', 'admin', 'examples', 'docs'] as const) if (roots[name]) announce(`${label[name]}: ${url}/${name}/`);

    const erasure = schedulePersonalDataErasure(
      store,
      {
        ...DEFAULT_PERSONAL_DATA_RETENTION,
        ...config.retention,
        contactDays: config.contactRetentionDays ?? DEFAULT_CONTACT_RETENTION_DAYS,
      },
      log,
    );
    const pruning = scheduleAuditPruning(store, config.auditRetentionDays ?? DEFAULT_AUDIT_RETENTION_DAYS, log);

    let closing: Promise<void> | undefined;
    const close = () => {
      // Stop accepting, let in-flight requests finish (newer ones get 503), then release the database.
      closing ??= new Promise<void>((resolve) => {
        served.drain();
        // A keep-alive connection turns idle once its last answer is sent: close it then, not when
        // keep-alive runs out; a request still unfinished after the grace period is cut off.
        const http = server as Server; // serve() made a plain HTTP/1.1 server
        const sweep = setInterval(() => http.closeIdleConnections(), 50);
        const deadline = setTimeout(() => http.closeAllConnections(), SHUTDOWN_GRACE_MS);
        http.close(() => {
          clearInterval(sweep);
          clearTimeout(deadline);
          resolve();
        });
        http.closeIdleConnections();
      })
        .then(() => Promise.all([erasure.stop(), pruning.stop()]))
        .then(() => store.close())
        .then(() => serving.release());
      return closing;
    };
    return { url, store, close };
  } catch (error) {
    await store.close();
    serving.release();
    throw error;
  }
}
