import type { Block } from './document-blocks.ts';

/**
 * Blocks as CommonMark/GFM. Text is escaped so that what people typed shows as typed
 * (no stray emphasis, links or HTML) and cannot break a table.
 *
 * @example renderMarkdown([{ kind: 'title', text: 'Acordo' }]) // '# Acordo\n'
 */
export function renderMarkdown(blocks: readonly Block[]): string {
  return `${blocks.map(markdownBlock).join('\n\n')}\n`;
}

function markdownBlock(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `# ${inline(block.text)}`;
    case 'heading':
      return `${'#'.repeat(block.level)} ${inline(block.text)}`;
    case 'paragraph':
      return inline(block.text);
    case 'list':
      return block.items.map((item) => `- ${inline(item)}`).join('\n');
    case 'table':
      return table(block.head, block.rows);
    case 'signatures':
      return table(
        ['', ...block.parties],
        block.lines.map((line) => [line, ...block.parties.map(() => ' ')]),
      );
    default: {
      const unreachable: never = block;
      throw new Error(`unknown block ${JSON.stringify(unreachable)}`);
    }
  }
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const row = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [row(head), `|${head.map(() => ' --- ').join('|')}|`, ...rows.map(row)].join('\n');
}

/** Markdown's active characters escaped; a leading `#`, `-`, `+` or `1.` marker kept literal. */
function inline(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*[\]<>|]/g, (c) => `\\${c}`)
    .replace(/^(#{1,6}|[+-]|\d+[.)])(?=\s|$)/, '\\$1');
}

const cell = (text: string): string => inline(text);
