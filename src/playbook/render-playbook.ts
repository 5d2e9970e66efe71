import type { Lang } from './localized-text.ts';
import { type PlaybookVersionInfo, playbookDocument } from './playbook-document.ts';
import { PLAYBOOK_LABELS } from './playbook-labels.ts';
import type { Playbook } from './playbook-schema.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-markdown.ts';

export interface RenderPlaybookOptions {
  format: 'md' | 'html';
  lang: Lang;
  /** The stored version being shown, printed under the title. */
  version?: PlaybookVersionInfo;
}

/**
 * The playbook as the written agreement both teams read and sign ("documento escrito"):
 * Markdown, or a standalone printable HTML page, in pt-BR or English.
 *
 * @example renderPlaybook(defaultPlaybook(), { format: 'md', lang: 'pt-BR' }) // '# Acordo de Marketing e Vendas: …'
 */
export function renderPlaybook(playbook: Playbook, options: RenderPlaybookOptions): string {
  const blocks = playbookDocument(playbook, options.lang, options.version);
  switch (options.format) {
    case 'md':
      return renderMarkdown(blocks);
    case 'html':
      return renderHtml(blocks, {
        lang: options.lang,
        title: `${PLAYBOOK_LABELS[options.lang].title}: ${playbook.name}`,
      });
    default: {
      const unreachable: never = options.format;
      throw new Error(`unknown format ${String(unreachable)}`);
    }
  }
}
