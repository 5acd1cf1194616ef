/**
 * One `git cat-file --batch` process per repository and run, asked one object at a time: every commit check,
 * tree and file of a base commit goes through it, so a gate run starts one git process for its baseline instead
 * of one per question. Only object ids and `<sha>^{commit}` are written to it, never paths (no quoting, no
 * line-break problem). An object larger than the caller's limit is not drained: the process is ended and the
 * next question starts a new one.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { gitEnv, type ProcessEnv } from './git-env.js';

export interface ObjectHeader {
  oid: string;
  type: string;
  size: number;
}

type Child = ChildProcessByStdio<Writable, Readable, null>;

const IDLE_MS = 2000;

export class GitBatch {
  private child: Child | null = null;
  private chunks: AsyncIterator<Buffer> | null = null;
  private pending: Buffer[] = [];
  private size = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private idle: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly cwd: string,
    private readonly env: ProcessEnv,
  ) {}

  /**
   * The object's bytes (at most maxBytes), `missing`, or `too-large` with its size. Null: git cannot answer
   * (no git, not a repository).
   */
  read(name: string, maxBytes: number): Promise<{ header: ObjectHeader; bytes: Buffer } | 'missing' | null> {
    return this.serial(async () => {
      const header = await this.ask(name);
      if (header === null || header === 'missing') return header;
      if (header.size > maxBytes) {
        this.stop();
        throw new ObjectTooLarge(header.size);
      }
      const bytes = await this.take(header.size + 1);
      return bytes === null ? null : { header, bytes: bytes.subarray(0, header.size) };
    });
  }

  /** Streams the object into `sink` (large files); same answers as read. */
  copy(name: string, maxBytes: number, sink: (chunk: Buffer) => Promise<void>): Promise<'found' | 'missing' | null> {
    return this.serial(async () => {
      const header = await this.ask(name);
      if (header === null || header === 'missing') return header;
      if (header.size > maxBytes) {
        this.stop();
        throw new ObjectTooLarge(header.size);
      }
      let left = header.size;
      try {
        while (left > 0) {
          const chunk = await this.take(Math.min(left, 1 << 20), true);
          if (chunk === null) return null;
          left -= chunk.length;
          await sink(chunk);
        }
      } catch (e) {
        this.stop();
        throw e;
      }
      return (await this.take(1)) === null ? null : 'found';
    });
  }

  /** Ends the process (the next question starts another). */
  stop(): void {
    this.child?.kill();
    this.child = null;
    this.chunks = null;
    this.pending = [];
    this.size = 0;
  }

  private serial<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      this.hold(true);
      try {
        return await job();
      } finally {
        this.hold(false);
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * An idle process must not keep the run alive: it is unreferenced between questions, and ended after a while
   * without any (a long-lived process, such as a test worker, may read many repositories).
   */
  private hold(busy: boolean): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = busy ? null : setTimeout(() => this.stop(), IDLE_MS);
    this.idle?.unref();
    const c = this.child;
    if (!c) return;
    for (const h of [c, c.stdin, c.stdout] as Array<{ ref(): void; unref(): void }>) {
      if (busy) h.ref();
      else h.unref();
    }
  }

  private start(): Child {
    const child = spawn('git', ['cat-file', '--batch'], {
      cwd: this.cwd,
      stdio: ['pipe', 'pipe', 'ignore'],
      env: gitEnv(this.env),
    });
    child.on('error', () => this.stop());
    child.stdin.on('error', () => undefined);
    this.child = child;
    this.chunks = child.stdout[Symbol.asyncIterator]();
    this.pending = [];
    this.size = 0;
    return child;
  }

  private async ask(name: string): Promise<ObjectHeader | 'missing' | null> {
    const child = this.child ?? this.start();
    child.stdin.write(`${name}\n`);
    const line = await this.line();
    if (line === null) return null;
    const m = /^([0-9a-f]{40,64}) ([a-z]+) (\d+)$/.exec(line);
    return m ? { oid: m[1]!, type: m[2]!, size: Number(m[3]) } : 'missing';
  }

  private async line(): Promise<string | null> {
    for (;;) {
      const head = this.pending[0];
      const nl = head ? head.indexOf(0x0a) : -1;
      if (head && nl >= 0) {
        this.consume(nl + 1);
        return head.subarray(0, nl).toString('utf8');
      }
      // A header is one short line; join what arrived in pieces, give up on anything longer.
      if (this.size > 4096 || !(await this.more())) return null;
      this.pending = [Buffer.concat(this.pending)];
    }
  }

  /** Exactly n bytes (or, with `some`, between 1 and n), or null when the process ended first. */
  private async take(n: number, some = false): Promise<Buffer | null> {
    while (this.size < (some ? 1 : n)) if (!(await this.more())) return null;
    const all = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    const out = all.subarray(0, Math.min(n, all.length));
    this.pending = all.length > out.length ? [all.subarray(out.length)] : [];
    this.size = all.length - out.length;
    return out;
  }

  private consume(n: number): void {
    const head = this.pending[0]!;
    this.pending[0] = head.subarray(n);
    if (this.pending[0].length === 0) this.pending.shift();
    this.size -= n;
  }

  private async more(): Promise<boolean> {
    const next = this.chunks ? await this.chunks.next().catch(() => ({ done: true as const, value: undefined })) : null;
    if (!next || next.done) {
      this.stop();
      return false;
    }
    this.pending.push(next.value);
    this.size += next.value.length;
    return true;
  }
}

export class ObjectTooLarge extends Error {
  constructor(readonly size: number) {
    super(`object of ${size} bytes`);
  }
}
