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
  stringify,
} from 'yaml';
import { isFlow, replaceRange, rerender, splice, trimEnd } from './yaml-splice.ts';

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

const isPrimitive = (value: unknown): value is string | number | boolean | null =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** A scalar as YAML, quoted when it would otherwise read as something else. */
function scalarText(value: string | number | boolean | null): string {
  const text = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  return typeof value === 'string' && text.includes('\n') ? JSON.stringify(value) : text;
}

const lineAt = (source: string, offset: number) => source.slice(0, offset).split('\n').length;
