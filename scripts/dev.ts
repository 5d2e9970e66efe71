import { spawn } from 'node:child_process';
import { createServer } from 'vite';

/**
 * `npm run dev`: the API server (restarted by tsx on server changes) and the web app with
 * hot reload on http://localhost:5173, which sends /api to the server.
 */
const api = spawn(process.execPath, ['--import', 'tsx', '--watch', 'src/cli/main.ts', 'start'], {
  stdio: 'inherit',
  env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
});
const web = await createServer({ configFile: 'web/vite.config.ts' });
await web.listen();
web.printUrls();

const stop = async () => {
  api.kill('SIGTERM');
  await web.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
