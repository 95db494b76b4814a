import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a GraphQL server in a process of its own, so that it does not share an event loop with
 * the benchmark's clients, and waits until it prints `ready <url>`.
 */
export async function startServerProcess(name: string, command: string, args: string[], env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(command, args, { env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    return { url: await readyUrl(name, child), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function readyUrl(name: string, child: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`${name} did not start within 120 s; it printed: ${output}`)), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready (\S+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        child.stdout!.resume();
        done(ready[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${name} exited with code ${code} before it was ready; it printed: ${output}`));
    });
  });
}
