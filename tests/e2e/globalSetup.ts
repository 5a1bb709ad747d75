import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/staticServer.ts';
import { distDir, port } from './site';

export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (npm test does this for you).');
  }
  const server = await serveStatic(distDir, port);
  return () => new Promise((resolve) => server.close(() => resolve()));
}
