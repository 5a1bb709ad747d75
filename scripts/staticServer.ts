import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
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

/** What a static host does with a request path: serve a file, redirect, or answer 404 with a page. */
export type Route =
  { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'not-found'; file: string | undefined };

/**
 * Routes a request the way Cloudflare Pages serves a static site (its asset server, in
 * workers-sdk packages/pages-shared/asset-server/handler.ts): "/x/" serves x/index.html; "/x" and
 * "/x/index.html" redirect (308) to "/x/"; "/x.html" redirects to "/x", which serves x.html; any
 * other path gets the nearest 404.html, with status 404. `exists` says whether a site file (a path
 * such as "/roles/index.html") is there. The query string is kept on a redirect.
 */
export function routeRequest(pathname: string, search: string, exists: (file: string) => boolean): Route {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // Cloudflare keeps a path it cannot decode as it is.
  }
  // Like Cloudflare, a redirect never starts with "//", which a browser would read as another host.
  const redirect = (location: string): Route => ({ kind: 'redirect', location: `${location.replace(/^\/+/, '/')}${search}` });
  const notFound = (): Route => {
    for (let directory = path; directory;) {
      directory = directory.slice(0, directory.lastIndexOf('/'));
      if (exists(`${directory}/404.html`)) return { kind: 'not-found', file: `${directory}/404.html` };
    }
    return { kind: 'not-found', file: undefined };
  };

  if (path.endsWith('/')) {
    if (exists(`${path}index.html`)) return { kind: 'file', file: `${path}index.html` };
    if (path.endsWith('/index/')) return redirect(`/${path.slice(1, -'index/'.length)}`);
    if (exists(path.replace(/\/$/, '.html'))) return redirect(`/${path.slice(1, -1)}`);
    return notFound();
  }
  if (exists(path)) {
    if (!path.endsWith('.html')) return { kind: 'file', file: path };
    const extensionless = path.slice(0, -'.html'.length);
    if (extensionless.endsWith('/index')) return redirect(extensionless.replace(/\/index$/, '/'));
    if (exists(extensionless) || extensionless === '/') return { kind: 'file', file: path };
    return redirect(extensionless);
  }
  if (path.endsWith('/index')) return redirect(`/${path.slice(1, -'index'.length)}`);
  if (exists(`${path}.html`)) return { kind: 'file', file: `${path}.html` };
  if (exists(`${path}/index.html`)) return redirect(`${path}/`);
  return notFound();
}

/** Headers Cloudflare Pages sends before _headers applies (a _headers rule replaces them). */
function hostDefaults(hasBody: boolean): Record<string, string> {
  return {
    'access-control-allow-origin': '*',
    'referrer-policy': 'strict-origin-when-cross-origin',
    ...(hasBody ? { 'x-content-type-options': 'nosniff' } : {}),
  };
}

/**
 * A static file server for the built site that behaves as the static host the site is deployed
 * to (Cloudflare Pages; see `routeRequest`): the same redirects and 404 page, and the headers
 * from dist/_headers applied to every response by its request path, 404s and redirects included,
 * so browser tests run under the real Content Security Policy header too. It listens on a free
 * port chosen by the system; `serverUrl` gives its address.
 */
export function serveStatic(root: string, onSent?: (path: string, bytes: number) => void): Promise<Server> {
  const headersRules = readFileSync(join(root, '_headers'), 'utf8');
  // A path a request names is looked up as a file in root; "//x/" finds x/ (the file system joins slashes).
  const exists = (file: string) => {
    const path = normalize(join(root, file));
    return path.startsWith(root) && existsSync(path) && statSync(path).isFile();
  };
  const respond = async (request: IncomingMessage, response: ServerResponse) => {
    // The request target as sent: not through new URL(), which would read "//planner/" as a host.
    const target = request.url ?? '/';
    const query = target.indexOf('?');
    const pathname = query === -1 ? target : target.slice(0, query);
    const route = routeRequest(pathname, query === -1 ? '' : target.slice(query), exists);
    const send = (status: number, headers: Record<string, string>, body?: Buffer) => {
      // _headers replaces the host's own value of a header it sets (names compared without case).
      const all = new Map<string, [string, string]>();
      const set = (entries: Record<string, string>) => {
        for (const [name, value] of Object.entries(entries)) all.set(name.toLowerCase(), [name, value]);
      };
      set({ ...hostDefaults(body !== undefined), ...headers });
      set(headersForPath(headersRules, pathname));
      response.writeHead(status, Object.fromEntries(all.values()));
      response.end(request.method === 'HEAD' ? undefined : body);
      if (body) onSent?.(request.url ?? '/', body.length);
    };
    if (route.kind === 'redirect') {
      send(308, { location: route.location });
      return;
    }
    const file = route.file;
    const status = route.kind === 'file' ? 200 : 404;
    if (!file) {
      send(404, { 'content-type': 'text/plain; charset=utf-8' }, Buffer.from('Not found'));
      return;
    }
    const type = contentTypes[extname(file)] ?? 'application/octet-stream';
    const body = await readFile(join(root, file));
    const cacheable = status === 200 ? { 'cache-control': 'public, max-age=0, must-revalidate' } : {};
    // Compress text as any real host would, so sizes measured through this server are realistic.
    if (/^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      send(status, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding', ...cacheable }, gzipSync(body));
      return;
    }
    send(status, { 'content-type': type, ...cacheable }, body);
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
