import { useState } from 'react';

/**
 * Text a person is typing into a field whose value lives in the draft: kept as typed
 * (a half-written number, an empty new line) while it means the same as the draft, and
 * replaced when the draft changes elsewhere (the YAML tab, a discard).
 *
 * @example const [text, setText] = useFieldText(String(points), (t) => String(Number(t)));
 */
export function useFieldText(external: string, normalize: (text: string) => string) {
  const [text, setText] = useState(external);
  const [seen, setSeen] = useState(external);
  if (external !== seen) {
    setSeen(external);
    if (normalize(text) !== external) {
      setText(external);
    }
  }
  return [text, setText] as const;
}
