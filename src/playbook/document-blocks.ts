/**
 * A rendered document as plain blocks of plain text: built once from the playbook,
 * then written as Markdown or HTML (each writer escapes for its own format).
 */
export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'signatures'; parties: string[]; lines: readonly string[] };
