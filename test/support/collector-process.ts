import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../packages/collector/dist/cli.js', import.meta.url));

/** A free loopback port, so a restarted collector can come back on the same address. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** The metrics token every test collector is started with: /metrics is closed without one. */
export const METRICS_TOKEN = 'test-metrics-token-0123456789';

/** The collector exactly as `npm start` runs it: the built CLI in its own process. */
export class CollectorProcess {
  readonly url: string;
  /** Lines the collector printed for the operator (`admin token: …`, `enrollment code: …`). */
  readonly announced = new Map<string, string>();
  readonly port: number;
  readonly dataDir: string;
  readonly extraEnv: Record<string, string>;
  #child: ChildProcess | undefined;
  /** Waiting for a line to be printed: its start, and what to call with it. */
  readonly #awaited: { start: string; seen(line: string): void }[] = [];

  constructor(port: number, dataDir: string, extraEnv: Record<string, string> = {}) {
    this.port = port;
    this.dataDir = dataDir;
    this.extraEnv = extraEnv;
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [CLI, 'start'], {
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        MANYI_DATA_DIR: this.dataDir,
        MANYI_METRICS_TOKEN: METRICS_TOKEN,
        ...this.extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#child = child;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    await new Promise<void>((resolve, reject) => {
      let buffered = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        let newline = buffered.indexOf('\n');
        while (newline >= 0) {
          const line = buffered.slice(0, newline);
          buffered = buffered.slice(newline + 1);
          const match = /^([A-Za-z ]+): (.+)$/.exec(line);
          if (match?.[1] && match[2]) this.announced.set(match[1], match[2]);
          if (line.startsWith('Manyi collector listening on')) resolve();
          for (const awaited of this.#awaited.filter((a) => line.startsWith(a.start))) {
            this.#awaited.splice(this.#awaited.indexOf(awaited), 1);
            awaited.seen(line);
          }
          newline = buffered.indexOf('\n');
        }
      });
      child.once('exit', (code) => reject(new Error(`collector exited with ${code} before listening:\n${stderr}`)));
    });
  }

  /** Resolves with the next line the collector prints that starts with `start` (e.g. `stopping:`). */
  printed(start: string): Promise<string> {
    return new Promise((seen) => this.#awaited.push({ start, seen }));
  }

  /** Stops it the way an operator does (SIGTERM) and waits for the process to end. */
  async stop(): Promise<void> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }

  /**
   * Sends a signal now and resolves when the process has ended: SIGKILL for a crash or power cut
   * (no shutdown code runs), SIGTERM for an operator's stop while requests may be in flight.
   */
  signal(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    const child = this.#child;
    if (!child || child.exitCode !== null || child.signalCode !== null)
      return Promise.resolve({ code: child?.exitCode ?? null, signal: null });
    const exited = once(child, 'exit').then(([code, signalCode]) => ({
      code: code as number | null,
      signal: signalCode as NodeJS.Signals | null,
    }));
    child.kill(signal);
    return exited;
  }

  async api<T>(path: string, init: RequestInit & { admin?: boolean } = {}): Promise<{ status: number; body: T }> {
    const headers = new Headers(init.headers);
    if (init.admin) headers.set('authorization', `Bearer ${this.announced.get('admin token')}`);
    if (init.body) headers.set('content-type', 'application/json');
    const response = await fetch(`${this.url}${path}`, { ...init, headers });
    return { status: response.status, body: (await response.json()) as T };
  }
}
