import {
  Document,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  Scalar,
  stringify,
} from 'yaml';

/** Where a value sits in the playbook: `['fit', 'rules', 3, 'points']`. */
export type Path = readonly (string | number)[];

export type DraftRead =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; message: string; line: number | null };

/**
 * The draft as data, for the forms. A syntax error is reported with its line (1-based);
 * the server says everything else.
 */
export function readDraft(source: string): DraftRead {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    return { ok: false, message: error.message, line: lineAt(source, error.pos[0]) };
  }
  const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: 'the playbook must be a map of sections', line: null };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/**
 * Sets (or, with `undefined`, removes) one value of a YAML document and returns the new
 * text, touching as little of it as it can: a scalar is replaced in place, anything else
 * re-renders only the smallest collection around it. Comments, blank lines and the
 * layout of everything else stay as written, so the version history shows the change and
 * nothing more.
 *
 * @example editYaml('fit:\n  grades: { A: 65, B: 45 }  # minimums\n', ['fit', 'grades', 'B'], 50)
 * // 'fit:\n  grades: { A: 65, B: 50 }  # minimums\n'
 */
export function editYaml(source: string, path: Path, value: unknown): string {
  const doc = parseDocument(source, { uniqueKeys: false });
  const target = doc.getIn(path, true);
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (isPrimitive(value) && isScalar(target) && target.range && !isFlow(parent)) {
    const text = scalarText(value);
    if (!text.includes('\n')) {
      return splice(source, target.range[0], trimEnd(source, target.range[0], target.range[1]), text);
    }
  }
  if (value === undefined) {
    if (target === undefined) {
      return source;
    }
    doc.deleteIn(path);
    return rerender(source, doc, path.slice(0, -1));
  }
  const node = newNode(doc, value, isCollection(target) ? target.flow === true : false);
  if (isCollection(target) && target.range && !isFlow(parent) && isCollection(node)) {
    // A list or map replaced whole (a rule's values): only its own text changes.
    return replaceRange(source, target.range, node);
  }
  if (path.length === 1 && target === undefined) {
    // A section the document lacks goes at its end, leaving the rest as written.
    const section = new Document({ [String(path[0])]: null });
    section.set(path[0], node);
    return `${source.replace(/\s*$/, '\n')}${section.toString({ lineWidth: 0, flowCollectionPadding: false })}`;
  }
  doc.setIn(path, node);
  return rerender(source, doc, path.slice(0, -1), path);
}

/** Inserts an item in the list at `path` (at the end by default). */
export function insertItem(source: string, path: Path, item: unknown, at?: number): string {
  const doc = parseDocument(source, { uniqueKeys: false });
  const seq = doc.getIn(path, true);
  if (!isSeq(seq)) {
    return editYaml(source, path, [item]);
  }
  const siblingsAreFlow = seq.items.length > 0 && seq.items.every((i) => isCollection(i) && i.flow);
  seq.items.splice(at ?? seq.items.length, 0, newNode(doc, item, siblingsAreFlow));
  if (seq.flow && seq.items.length === 1 && isMap(seq.items[0])) {
    seq.flow = false;
  }
  return rerender(source, doc, path);
}

/** Moves the item at `from` of the list at `path` to `to` (comments travel with it). */
export function moveItem(source: string, path: Path, from: number, to: number): string {
  const doc = parseDocument(source, { uniqueKeys: false });
  const seq = doc.getIn(path, true);
  if (!isSeq(seq) || to < 0 || to >= seq.items.length) {
    return source;
  }
  const [item] = seq.items.splice(from, 1);
  seq.items.splice(to, 0, item);
  return rerender(source, doc, path);
}

/**
 * A node for a new value, styled like hand-written YAML: lists of plain values and small
 * maps inside it on one line (`values: [SP, RJ]`), the value itself as a block unless
 * `flow` says its siblings are written inline.
 */
function newNode(doc: Document.Parsed, value: unknown, flow: boolean): Node {
  const node = doc.createNode(value) as Node;
  visit(node, (child) => {
    if (isCollection(child) && child !== node) {
      child.flow = child.items.every(
        (item) => isScalar(isPair(item) ? item.value : item) || isFlow(isPair(item) ? item.value : item),
      );
    }
  });
  if (isCollection(node)) {
    node.flow = flow || (isSeq(node) && node.items.every((item) => isScalar(item) || isFlow(item)));
  }
  return node;
}

/** Depth-first, children before parents (so a parent sees its children's style). */
function visit(node: unknown, fn: (node: Node) => void): void {
  if (isCollection(node)) {
    for (const item of node.items) {
      visit(isPair(item) ? item.value : item, fn);
    }
  }
  if (isNode(node)) {
    fn(node);
  }
}

/**
 * Re-renders the collection at `path` (or the nearest one around it that the source has,
 * leaving flow collections whole) and puts it where the old one was.
 */
function rerender(source: string, doc: Document.Parsed, path: Path, edited: Path = path): string {
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
function replaceRange(
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

const isFlow = (node: unknown) => isCollection(node) && node.flow === true;

const isPrimitive = (value: unknown): value is string | number | boolean | null =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** A scalar as YAML, quoted when it would otherwise read as something else. */
function scalarText(value: string | number | boolean | null): string {
  const text = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return typeof value === 'string' && text.includes('\n') ? JSON.stringify(value) : text;
}

/** `{ a: 1 }` stays padded when the source padded it (the renderer writes `{a: 1}`). */
function padLike(original: string, rendered: string): string {
  const open = rendered[0];
  const isPadded = (open === '{' || open === '[') && original[0] === open && original[1] === ' ';
  return isPadded && rendered[1] !== ' ' && rendered.length > 2
    ? `${open} ${rendered.slice(1, -1)} ${rendered.at(-1)}`
    : rendered;
}

/** The end of a node's text without the line breaks and spaces after it. */
function trimEnd(source: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(source[at - 1] ?? '')) {
    at -= 1;
  }
  return at;
}

const splice = (source: string, start: number, end: number, text: string) =>
  source.slice(0, start) + text + source.slice(end);

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;
