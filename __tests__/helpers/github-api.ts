// A local stand-in for the part of the GitHub REST API the eval action uses for its PR comment,
// on 127.0.0.1 with node:http: list an issue's comments (paginated by Link headers, as GitHub does),
// create one, update one. It records every request with its Authorization header, and can answer
// writes the way GitHub answers a fork pull request's read-only token: 403 "Resource not
// accessible by integration". Shapes follow https://docs.github.com/rest/issues/comments.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ApiRequest {
  readonly method: string;
  /** Path and query, as sent. */
  readonly url: string;
  readonly authorization?: string;
  /** The body parsed as JSON, or undefined. */
  readonly body: unknown;
}

export interface StoredComment {
  readonly id: number;
  readonly owner: string;
  readonly repo: string;
  readonly issue: number;
  body: string;
  readonly login: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface GitHubApi {
  /** e.g. http://127.0.0.1:PORT: what GITHUB_API_URL should be. */
  readonly url: string;
  readonly requests: ApiRequest[];
  readonly comments: StoredComment[];
  /** true: POST and PATCH answer 403 as for a fork PR's read-only token (GET still works). */
  readOnly: boolean;
  /** The largest page the stand-in serves, whatever per_page asks (GitHub: 100); small forces paging. */
  maxPerPage: number;
  /** Extra headers on every answer (e.g. a hostile Sunset or Deprecation header). */
  extraHeaders: Record<string, string>;
  /** Replaces the Link header of comment-list pages (e.g. a next page on another host, or itself). */
  listLink?: (url: URL) => string;
  /** true: list requests are never answered (the socket stays open until the client gives up). */
  stallList: boolean;
  /** A comment someone else wrote, e.g. to fill the first pages. */
  seed(owner: string, repo: string, issue: number, body: string, login?: string): StoredComment;
  /** Comments on one issue, oldest first. */
  on(owner: string, repo: string, issue: number): StoredComment[];
  reset(): void;
  close(): Promise<void>;
}

const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403'
};

export async function startGitHubApi(): Promise<GitHubApi> {
  const requests: ApiRequest[] = [];
  const comments: StoredComment[] = [];
  let nextId = 1000;
  const sockets = new Set<Socket>();

  const api = {
    url: '',
    requests,
    comments,
    readOnly: false,
    maxPerPage: 100,
    extraHeaders: {} as Record<string, string>,
    listLink: undefined as ((url: URL) => string) | undefined,
    stallList: false,
    seed(owner: string, repo: string, issue: number, body: string, login = 'someone') {
      const now = new Date().toISOString();
      const c: StoredComment = { id: nextId++, owner, repo, issue, body, login, createdAt: now, updatedAt: now };
      comments.push(c);
      return c;
    },
    on(owner: string, repo: string, issue: number) {
      return comments.filter((c) => c.owner === owner && c.repo === repo && c.issue === issue);
    },
    reset() {
      requests.length = 0;
      comments.length = 0;
      api.readOnly = false;
      api.maxPerPage = 100;
      api.extraHeaders = {};
      api.listLink = undefined;
      api.stallList = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      })
  };

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      ...api.extraHeaders,
      ...headers
    });
    res.end(text);
  };
  const view = (c: StoredComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${api.url}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
    html_url: `https://github.example/${c.owner}/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${api.url}/repos/${c.owner}/${c.repo}/issues/${c.issue}`,
    body: c.body,
    user: { login: c.login, id: 1, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' },
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'NONE'
  });

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      return json(res, 400, { message: 'Problems parsing JSON' });
    }
    requests.push({ method: req.method ?? '', url: req.url ?? '/', authorization: req.headers.authorization, body });
    if (!/^(token|bearer) \S+$/i.test(req.headers.authorization ?? '')) return json(res, 401, { message: 'Requires authentication' });
    const url = new URL(req.url ?? '/', api.url);
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const text = (body as { body?: unknown } | undefined)?.body;

    if (list && req.method === 'GET') {
      if (api.stallList) return;
      const [, owner, repo, issue] = list;
      const all = api.on(owner!, repo!, Number(issue));
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, api.maxPerPage);
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const link = (p: number, rel: string) => {
        const u = new URL(url);
        u.searchParams.set('per_page', String(perPage));
        u.searchParams.set('page', String(p));
        return `<${u.toString()}>; rel="${rel}"`;
      };
      const links = [];
      if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'));
      if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
      const linkHeader = api.listLink ? api.listLink(url) : links.join(', ');
      return json(res, 200, all.slice((page - 1) * perPage, page * perPage).map(view), linkHeader ? { link: linkHeader } : {});
    }
    if (list && req.method === 'POST') {
      if (api.readOnly) return json(res, 403, FORBIDDEN);
      if (typeof text !== 'string') return json(res, 422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.' });
      const [, owner, repo, issue] = list;
      return json(res, 201, view(api.seed(owner!, repo!, Number(issue), text, 'github-actions[bot]')));
    }
    if (one && req.method === 'PATCH') {
      if (api.readOnly)
        return json(res, 403, { ...FORBIDDEN, documentation_url: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment' });
      const c = comments.find((x) => x.owner === one[1] && x.repo === one[2] && x.id === Number(one[3]));
      if (!c) return json(res, 404, { message: 'Not Found' });
      if (typeof text !== 'string') return json(res, 422, { message: 'Invalid request.\n\n"body" wasn\'t supplied.' });
      c.body = text;
      c.updatedAt = new Date().toISOString();
      return json(res, 200, view(c));
    }
    // GITHUB_TOKEN is an installation token: it cannot ask who it is.
    if (url.pathname === '/user' && req.method === 'GET')
      return json(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user'
      });
    return json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return api;
}
