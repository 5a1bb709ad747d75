import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersForPath } from '../src/lib/site/securityHeaders.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Resolves a URL path to a file in root the way static hosts do: directories serve index.html. */
export async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const path = normalize(join(root, decoded));
  if (!path.startsWith(root)) return undefined;
  for (const candidate of [path, join(path, 'index.html')]) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

/**
 * A static file server for the built site, as a static host would serve it: with the headers
 * from dist/_headers, so browser tests run under the real Content Security Policy header too.
 * It listens on a free port chosen by the system; `serverUrl` gives its address.
 */
export function serveStatic(root: string, onSent?: (path: string, bytes: number) => void): Promise<Server> {
  const headersRules = readFileSync(join(root, '_headers'), 'utf8');
  const respond = async (request: IncomingMessage, response: ServerResponse) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    for (const [name, value] of Object.entries(headersForPath(headersRules, path))) response.setHeader(name, value);
    const file = await resolveFile(root, request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(file);
    // Compress text as any real host would, so sizes measured through this server are realistic.
    if (/^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      const compressed = gzipSync(body);
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      response.end(compressed);
      onSent?.(request.url ?? '/', compressed.length);
      return;
    }
    response.writeHead(200, { 'content-type': type });
    response.end(body);
    onSent?.(request.url ?? '/', body.length);
  };
  const server = createServer((request, response) => {
    respond(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** The address a server started by `serveStatic` listens on: "http://127.0.0.1:43817". */
export function serverUrl(server: Server): string {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The static server is not listening on a TCP port.');
  return `http://127.0.0.1:${address.port}`;
}
