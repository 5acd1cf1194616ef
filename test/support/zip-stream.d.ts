// The part of zip-stream (no published types) that test/support/zip.ts uses, as @actions/artifact uses it.
declare module 'zip-stream' {
  import { Transform } from 'node:stream';
  export default class ZipStream extends Transform {
    constructor(options?: { zlib?: { level?: number } });
    entry(
      source: NodeJS.ReadableStream | Buffer | string | null,
      data: { name: string },
      cb: (err: Error | null) => void,
    ): this;
    finalize(): void;
  }
}
