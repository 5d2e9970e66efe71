import { Document, isCollection, isNode, isPair, isScalar, type Node, Scalar } from 'yaml';
import type { Path } from './yaml-edit.ts';

/*
 * How yaml-edit.ts puts a changed collection back into the text: rendered on its own at
 * the column it had, with every untouched value a person laid out by hand (inline lists
 * and maps, folded text) copied back from the source as it was.
 */

/**
 * Re-renders the collection at `path` (or the nearest one around it that the source has,
 * leaving flow collections whole) and puts it where the old one was.
 */
export function rerender(source: string, doc: Document.Parsed, path: Path, edited: Path = path): string {
  let at = [...path];
  while (at.length > 0) {
    const node = doc.getIn(at, true);
    const parent = doc.getIn(at.slice(0, -1), true);
    if (isCollection(node) && hasRange(node, source) && !(isFlow(parent) && at.length > 1)) {
      break;
    }
    at = at.slice(0, -1);
  }
  const node = at.length === 0 ? doc.contents : (doc.getIn(at, true) as Node);
  if (at.length === 0 || !isCollection(node) || !node.range) {
    return doc.toString({ lineWidth: 0 });
  }
  return replaceRange(source, node.range, node, dirtyNodes(doc, edited));
}

/** The nodes on the way to an edit: their text changes; every other node keeps its own. */
function dirtyNodes(doc: Document.Parsed, path: Path): Set<unknown> {
  const dirty = new Set<unknown>([doc.contents]);
  for (let depth = 1; depth <= path.length; depth++) {
    dirty.add(doc.getIn(path.slice(0, depth), true));
  }
  return dirty;
}

/** Puts `node`, rendered, where the source had `range` (a collection's text). */
export function replaceRange(
  source: string,
  range: readonly number[],
  node: Node,
  dirty: ReadonlySet<unknown> = new Set(),
): string {
  const start = range[0] ?? 0;
  const end = trimEnd(source, start, range[1] ?? start);
  const { text: rendered, kept } = renderNode(node, source, dirty);
  const restore = (text: string) => text.replace(/__keep_(\d+)__/g, (token, i) => kept[Number(i)] ?? token);
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineIndent = (/^ */.exec(source.slice(lineStart)) ?? [''])[0].length;
  const wasFlow = source[start] === '[' || source[start] === '{';
  if (!rendered.includes('\n')) {
    return splice(source, start, end, restore(padLike(source.slice(start, end), rendered)));
  }
  if (wasFlow) {
    // `rules: []` that now holds maps: the list goes on the lines below its key.
    const pad = ' '.repeat(lineIndent + 2);
    const from = source[start - 1] === ' ' ? start - 1 : start;
    return splice(source, from, end, restore(`\n${indentLines(rendered, pad, true)}`));
  }
  return splice(source, start, end, restore(indentLines(rendered, ' '.repeat(start - lineStart), false)));
}

/**
 * The node as YAML. Values the edit did not touch that a person laid out by hand (lists
 * and maps on one line, folded text) are swapped for tokens while rendering and come back
 * as their exact source text (`kept[i]` for `__keep_i__`).
 */
function renderNode(
  node: Node,
  source: string,
  dirty: ReadonlySet<unknown>,
): { text: string; kept: string[] } {
  const kept: string[] = [];
  const restores: Array<() => void> = [];
  const keep = (child: unknown, put: (value: Node) => void, original: Node) => {
    if (!isNode(child) || dirty.has(child) || !child.range || !isHandLaid(child, source)) {
      return false;
    }
    const token = new Scalar(`__keep_${kept.length}__`);
    token.comment = child.comment;
    token.commentBefore = child.commentBefore;
    token.spaceBefore = child.spaceBefore;
    kept.push(source.slice(child.range[0], trimEnd(source, child.range[0], child.range[1])));
    put(token);
    restores.push(() => put(original));
    return true;
  };
  const walk = (parent: unknown) => {
    if (!isCollection(parent)) {
      return;
    }
    parent.items.forEach((item, i) => {
      if (isPair(item)) {
        const value = item.value as Node;
        if (!keep(value, (v) => (item.value = v), value)) {
          walk(value);
        }
      } else if (!keep(item, (v) => (parent.items[i] = v as never), item as Node)) {
        walk(item);
      }
    });
  };
  walk(node);
  const holder = new Document();
  const { commentBefore, comment } = node;
  node.commentBefore = null;
  node.comment = null;
  holder.contents = node;
  const text = holder.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n+$/, '');
  node.commentBefore = commentBefore;
  node.comment = comment;
  for (const restore of restores) {
    restore();
  }
  return { text, kept };
}

/** Written inline or as folded text: worth keeping as it is. */
const isHandLaid = (node: Node, source: string): boolean =>
  (isCollection(node) && node.flow === true) ||
  (isScalar(node) &&
    (node.type === 'BLOCK_FOLDED' ||
      node.type === 'BLOCK_LITERAL' ||
      source.slice(node.range?.[0], node.range?.[1]).trimEnd().includes('\n')));

const indentLines = (text: string, pad: string, first: boolean) =>
  text
    .split('\n')
    .map((line, i) => (line === '' || (i === 0 && !first) ? line : pad + line))
    .join('\n');

const hasRange = (node: Node, source: string) =>
  Array.isArray(node.range) && node.range[1] > node.range[0] && node.range[1] <= source.length;

export const isFlow = (node: unknown) => isCollection(node) && node.flow === true;

/** `{ a: 1 }` stays padded when the source padded it (the renderer writes `{a: 1}`). */
function padLike(original: string, rendered: string): string {
  const open = rendered[0];
  const isPadded = (open === '{' || open === '[') && original[0] === open && original[1] === ' ';
  return isPadded && rendered[1] !== ' ' && rendered.length > 2
    ? `${open} ${rendered.slice(1, -1)} ${rendered.at(-1)}`
    : rendered;
}

/** The end of a node's text without the line breaks and spaces after it. */
export function trimEnd(source: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(source[at - 1] ?? '')) {
    at -= 1;
  }
  return at;
}

export const splice = (source: string, start: number, end: number, text: string) =>
  source.slice(0, start) + text + source.slice(end);
