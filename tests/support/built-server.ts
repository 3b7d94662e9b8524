import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

/**
 * The built server (`server/dist/main.js`) in a process of its own, for the tests and benchmarks
 * that kill it, run two of it, or take its database away. Nothing here imports the server's
 * sources, so that scripts run by tsx (bench/) can use it too.
 */
export const BUILT_SERVER = path.resolve(__dirname, '../../server/dist/main.js');

/** A port free on 127.0.0.1 a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface BuiltServer {
  url: string;
  child: ChildProcess;
  /** What it wrote on stderr, when asked to keep it. */
  log: string;
}

/**
 * Starts the built server with `env` (PORT chosen when not given) and waits until its health
 * check answers; fails at once if it exits while starting. `entry`: another script that starts
 * it (bench/same-server.cjs). The deadline only stops a start that hangs: migrating and seeding
 * an empty database while another process waits its turn is slow on a busy machine.
 */
export async function startBuiltServer(
  env: Record<string, string>,
  options: { keepLog?: boolean; nodeArgs?: string[]; timeoutMs?: number; entry?: string } = {},
): Promise<BuiltServer> {
  const port = env.PORT ?? String(await freePort());
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.entry ?? BUILT_SERVER], {
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'error', ...env, PORT: port },
    stdio: ['ignore', 'ignore', options.keepLog ? 'pipe' : 'inherit'],
  });
  const server: BuiltServer = { url: `http://127.0.0.1:${port}`, child, log: '' };
  child.stderr?.on('data', (chunk: Buffer) => (server.log += chunk.toString()));
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (exited(child)) throw new Error(`the server exited while starting: ${server.log}`);
    try {
      if ((await fetch(`${server.url}/healthz`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stopProcess(child);
  throw new Error(`the server did not start: ${server.log}`);
}

/** Has it ended? After a signal exitCode stays null: signalCode is set. */
export const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/**
 * Ends a process (SIGKILL unless told) and waits until it is gone and its output streams are
 * closed: everything it wrote is in `log` then.
 */
export async function stopProcess(
  child: ChildProcess | null | undefined,
  signal: NodeJS.Signals = 'SIGKILL',
): Promise<void> {
  if (!child || exited(child)) return;
  const gone = new Promise((r) => child.once('close', r));
  child.kill(signal);
  await gone;
}
