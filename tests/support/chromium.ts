/**
 * A real browser for the tests, without an npm dependency: Debian's headless Chromium driven
 * through the DevTools protocol over `--remote-debugging-pipe` (JSON messages separated by NUL,
 * written to the browser's fd 3 and read from its fd 4). Just enough of the protocol to open a
 * page and evaluate expressions in it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** The Chromium binary: $CHROMIUM, else the first of Debian's names on the PATH. */
export function findChromium(): string | undefined {
  const own = process.env.CHROMIUM;
  if (own && existsSync(own)) return own;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}

interface Pending {
  resolve: (v: Record<string, unknown>) => void;
  reject: (e: Error) => void;
}

export class Browser {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private buffer = '';
  private constructor(
    private readonly child: ChildProcess,
    private readonly profile: string,
  ) {
    const input = child.stdio[4] as Readable;
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end: number;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
        this.buffer = this.buffer.slice(end + 1);
        const waiting = message.id === undefined ? undefined : this.pending.get(message.id);
        if (!waiting) continue;
        this.pending.delete(message.id!);
        if (message.error) waiting.reject(new Error(message.error.message));
        else waiting.resolve(message.result ?? {});
      }
    });
    child.on('error', (e) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    });
    child.on('exit', () => {
      for (const p of this.pending.values()) p.reject(new Error('Chromium terminó'));
      this.pending.clear();
    });
  }

  static async launch(binary: string): Promise<Browser> {
    const profile = mkdtempSync(path.join(os.tmpdir(), 'diagnosticos-chromium-'));
    const child = spawn(
      binary,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--no-default-browser-check',
        `--user-data-dir=${profile}`,
        '--remote-debugging-pipe',
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    const browser = new Browser(child, profile);
    // A browser that never answers fails the test in a minute with a message, not at the test's timeout.
    let timer: NodeJS.Timeout | undefined;
    const silent = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Chromium (${binary}) no respondió al protocolo DevTools en 60 s`)), 60_000);
    });
    try {
      await Promise.race([browser.send('Browser.getVersion'), silent]);
    } catch (e) {
      await browser.close();
      throw e;
    } finally {
      clearTimeout(timer);
    }
    return browser;
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    const out = this.child.stdio[3] as Writable;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      out.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** A new tab on `url`; evaluate() runs an expression in it and returns its JSON value. */
  async open(url: string): Promise<{ evaluate<T>(expression: string): Promise<T> }> {
    const { targetId } = (await this.send('Target.createTarget', { url })) as { targetId: string };
    const { sessionId } = (await this.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    return {
      evaluate: async <T>(expression: string) => {
        const r = (await this.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, sessionId)) as {
          result: { value?: T };
          exceptionDetails?: { text: string };
        };
        if (r.exceptionDetails) throw new Error(`Error en la página: ${r.exceptionDetails.text}`);
        return r.result.value as T;
      },
    };
  }

  async close(): Promise<void> {
    if (this.child.exitCode === null) {
      // Asked to close, then killed if it has not exited within 5 s (an unresponsive browser never answers).
      void this.send('Browser.close').catch(() => undefined);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.child.kill('SIGKILL');
          resolve();
        }, 5000);
        this.child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    rmSync(this.profile, { recursive: true, force: true });
  }
}
