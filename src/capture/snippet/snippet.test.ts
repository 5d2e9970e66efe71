import { describe, expect, it } from 'vitest';
import { snippetAsset } from './snippet.ts';

describe('the tracking snippet', () => {
  it('stays under 5 kB gzipped, as promised to the sites that load it', () => {
    const { source, gzipped } = snippetAsset();
    expect(gzipped.length).toBeLessThan(5 * 1024);
    expect(gzipped.length).toBeLessThan(source.length);
  });

  it('has no dependencies: nothing imported or required', () => {
    const text = snippetAsset().source.toString('utf8');
    expect(text).not.toMatch(/\bimport\b|\brequire\(/);
  });

  it('keeps one ETag for one content', () => {
    expect(snippetAsset().etag).toMatch(/^"[\w-]{22}"$/);
    expect(snippetAsset().etag).toBe(snippetAsset().etag);
  });
});
