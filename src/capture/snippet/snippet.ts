import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** The snippet as served: its bytes, gzipped once at start, and an ETag of its content. */
export interface SnippetAsset {
  source: Buffer;
  gzipped: Buffer;
  etag: string;
}

let cached: SnippetAsset | undefined;

/** `t.js`, read and compressed once per process. */
export function snippetAsset(): SnippetAsset {
  if (!cached) {
    const source = readFileSync(new URL('./t.js', import.meta.url));
    cached = {
      source,
      gzipped: gzipSync(source, { level: 9 }),
      etag: `"${createHash('sha256').update(source).digest('base64url').slice(0, 22)}"`,
    };
  }
  return cached;
}
