import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic, serverUrl } from '../../scripts/staticServer.ts';

const distDir = join(import.meta.dirname, '../../dist');

/** Serves dist/ on a free port for the browser tests, which read its address with inject('baseUrl'). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (npm test does this for you).');
  }
  const server = await serveStatic(distDir);
  project.provide('baseUrl', serverUrl(server));
  return () => new Promise((resolve) => server.close(() => resolve()));
}
