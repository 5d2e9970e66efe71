import type { Block } from './document-blocks.ts';

/**
 * Blocks as a complete, standalone HTML page with inline CSS, ready to print and sign.
 * Every text is escaped.
 *
 * @example renderHtml(blocks, { lang: 'pt-BR', title: 'Acordo' }).startsWith('<!doctype html>') // true
 */
export function renderHtml(blocks: readonly Block[], page: { lang: string; title: string }): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(page.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...blocks.map(htmlBlock),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function htmlBlock(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1>${escapeHtml(block.text)}</h1>`;
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul>\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const head = block.head.map((text) => `<th>${escapeHtml(text)}</th>`).join('');
      const rows = block.rows.map(
        (row) => `<tr>${row.map((text) => `<td>${escapeHtml(text)}</td>`).join('')}</tr>`,
      );
      return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
    case 'signatures': {
      const party = (name: string) =>
        `<div class="party"><h3>${escapeHtml(name)}</h3>${block.lines
          .map((line) => `<div class="line"><span>${escapeHtml(line)}</span></div>`)
          .join('')}</div>`;
      return `<section class="signatures">${block.parties.map(party).join('')}</section>`;
    }
    default: {
      const unreachable: never = block;
      throw new Error(`unknown block ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Text safe inside HTML elements and quoted attributes.
 *
 * @example escapeHtml('<b>"R&D"</b>') // '&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const STYLE = `
body { font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; margin: 0; }
main { max-width: 52rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.5rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
h3 { font-size: 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0; page-break-inside: avoid; }
th, td { border: 1px solid #bbb; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
.signatures { display: flex; gap: 3rem; margin-top: 1rem; page-break-inside: avoid; }
.party { flex: 1; }
.line { border-bottom: 1px solid #333; height: 2.2rem; display: flex; align-items: flex-end; }
.line span { font-size: 0.8rem; color: #555; }
@media print { main { margin: 0; max-width: none; } @page { margin: 2cm; } }
`.trim();
