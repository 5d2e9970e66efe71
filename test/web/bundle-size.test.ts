import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from '../../src/http/web-app.ts';

/** The budget for the first page: JavaScript, gzip-compressed. */
const BUDGET_BYTES = 500 * 1024;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const manifest = (): Record<string, ManifestChunk> =>
  JSON.parse(readFileSync(join(WEB_DIST, '.vite', 'manifest.json'), 'utf8'));

/** A chunk and everything it imports statically: what the browser must load before it runs. */
function staticClosure(
  chunks: Record<string, ManifestChunk>,
  key: string,
  seen = new Set<string>(),
): Set<string> {
  const chunk = chunks[key];
  if (!chunk || seen.has(key)) {
    return seen;
  }
  seen.add(key);
  for (const imported of chunk.imports ?? []) {
    staticClosure(chunks, imported, seen);
  }
  return seen;
}

const gzipBytes = (files: Iterable<string>) =>
  [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(WEB_DIST, file))).length, 0);

/**
 * The production build (`npm test` builds it first): the JavaScript a first visit loads —
 * the entry and the page it lands on (sign-in, inbox or dashboard), with their static
 * imports — stays under 500 kB gzip. Lazy pages (charts, the playbook editor) come later.
 */
describe('the web app build', () => {
  const chunks = manifest();
  const entryKey = Object.keys(chunks).find((key) => chunks[key]?.isEntry);
  const pageKey = (page: string) => Object.keys(chunks).find((key) => key.endsWith(page));

  it('has one entry and a lazy chunk per page', () => {
    expect(entryKey).toBe('index.html');
    for (const page of ['pages/SignIn.tsx', 'pages/inbox/Inbox.tsx', 'pages/dashboard/Dashboard.tsx']) {
      expect(pageKey(page), page).toBeDefined();
      expect(chunks[entryKey as string]?.dynamicImports).toContain(pageKey(page));
    }
  });

  it.each(['pages/SignIn.tsx', 'pages/inbox/Inbox.tsx', 'pages/dashboard/Dashboard.tsx'])(
    'loads under 500 kB of gzip JavaScript on a first visit to %s',
    (page) => {
      const keys = staticClosure(chunks, entryKey as string);
      staticClosure(chunks, pageKey(page) as string, keys);
      const files = [...keys].map((key) => chunks[key]?.file as string).filter((f) => f.endsWith('.js'));
      const bytes = gzipBytes(files);
      console.info(`first visit to ${page}: ${files.length} JS files, ${(bytes / 1024).toFixed(1)} kB gzip`);
      expect(bytes).toBeLessThan(BUDGET_BYTES);
    },
  );
});
