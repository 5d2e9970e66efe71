// The dependency rule of STYLE.md: domain folders are pure. They may not import the
// database layer, the HTTP layer, the CLI, or a database driver / web framework.
const DOMAIN =
  '^src/(leads|events|access|scoring|lifecycle|playbook|routing|sla|handoff|revenue|kpi|notify|capture|kernel)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-no-storage-or-http',
      severity: 'error',
      comment:
        'Domain code takes plain data and returns decisions; storage and HTTP live at the edge (STYLE.md).',
      from: { path: DOMAIN },
      to: { path: '^src/(storage|http|cli)/' },
    },
    {
      name: 'domain-imports-no-drivers',
      severity: 'error',
      comment: 'Drivers and frameworks belong to storage/ and http/.',
      from: { path: DOMAIN },
      to: { path: 'node_modules/(kysely|better-sqlite3|pg|fastify|@fastify|commander)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
    exclude: { path: '\\.test\\.ts$' },
  },
};
