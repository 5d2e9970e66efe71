import { defineMessages, useMessages } from '../../../app/i18n.tsx';
import type { PlaybookProblem } from './draft-context.tsx';

const m = defineMessages({
  'pt-BR': {
    title: (n: number) =>
      n === 1 ? 'O servidor recusou o playbook: 1 problema' : `O servidor recusou o playbook: ${n} problemas`,
    at: (line: number, column?: number) =>
      column ? ` (linha ${line}, coluna ${column})` : ` (linha ${line})`,
    go: (path: string) => `Ir para ${path}`,
  },
  en: {
    title: (n: number) =>
      n === 1
        ? 'The server refused the playbook: 1 problem'
        : `The server refused the playbook: ${n} problems`,
    at: (line: number, column?: number) => (column ? ` (line ${line}, column ${column})` : ` (line ${line})`),
    go: (path: string) => `Go to ${path}`,
  },
});

/** The 400's problems, each with its path (a button to the field) and YAML line. */
export function ProblemList({
  problems,
  onGo,
}: {
  problems: readonly PlaybookProblem[];
  onGo(problem: PlaybookProblem): void;
}) {
  const t = useMessages(m);
  if (problems.length === 0) {
    return null;
  }
  return (
    <section className="problems" role="alert" aria-labelledby="playbook-problems">
      <h3 id="playbook-problems">{t.title(problems.length)}</h3>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.message}`}>
            <button
              type="button"
              className="link mono"
              aria-label={t.go(problem.path)}
              onClick={() => onGo(problem)}
            >
              {problem.path}
            </button>
            {problem.line ? t.at(problem.line, problem.column) : ''}: {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
