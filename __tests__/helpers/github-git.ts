// A local stand-in for the parts of the GitHub REST API the history store and the drift issue use,
// on 127.0.0.1 with node:http, keeping a REAL branch: git objects (blobs, trees, commits) by
// content hash, refs that move only by fast-forward unless forced, and issues with comments.
// Shapes and statuses follow https://docs.github.com/rest/git (refs, blobs, trees, commits) and
// https://docs.github.com/rest/issues:
//   GET /repos/{o}/{r}/git/ref/heads/{b} (404 when missing), POST git/refs (422 "Reference already
//   exists"), PATCH git/refs/heads/{b} {sha, force} (422 "Update is not a fast forward"),
//   POST/GET git/blobs, POST git/trees {tree, base_tree} (sha: null deletes), GET git/trees/{sha}
//   [?recursive=1], POST/GET git/commits; POST/GET (state, creator, paging by Link)/PATCH issues,
//   POST/GET issue comments; GET /user (403, as for an installation token, unless `login` is set).
// `forbidWrites` answers every write 403 as a token without `contents: write` / `issues: write`
// gets; `beforeRequest` lets a test act between two requests (a concurrent writer).
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

type Blob = { type: 'blob'; content: Buffer };
type TreeEntry = { path: string; mode: string; type: 'blob' | 'tree'; sha: string };
type Tree = { type: 'tree'; entries: TreeEntry[] };
type Commit = { type: 'commit'; tree: string; parents: string[]; message: string; date: string };
type GitObject = Blob | Tree | Commit;

export interface StoredIssue {
  readonly number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason?: string;
  readonly login: string;
  readonly labels: string[];
  readonly comments: { id: number; body: string; login: string }[];
  /** A pull request (an issue to the issues API, listed with a pull_request field). */
  readonly pullRequest?: boolean;
}

export interface GitRequest {
  readonly method: string;
  readonly url: string;
  readonly body: unknown;
  readonly authorization?: string;
}

export interface GitHubGit {
  readonly url: string;
  readonly requests: GitRequest[];
  readonly issues: StoredIssue[];
  /** true: every POST, PATCH, PUT and DELETE answers 403 "Resource not accessible by integration". */
  forbidWrites: boolean;
  /** The largest page served (GitHub: 100). */
  maxPerPage: number;
  /** What GET /user answers; undefined: 403, as for GITHUB_TOKEN. */
  login?: string;
  /** Called before each request is handled (await it): a test's concurrent writer goes here. */
  beforeRequest?: (req: GitRequest) => void | Promise<void>;
  /** The commit a branch points at, or undefined. */
  head(branch: string): string | undefined;
  /** Every file of a branch's tree: path → text. */
  files(branch: string): Map<string, string>;
  /** Commits from the branch's head to its root (first parents). */
  log(branch: string): { sha: string; parents: string[]; message: string }[];
  /** Writes files onto a branch as another writer would (creates it, as an orphan, when missing). */
  commitFiles(branch: string, files: Record<string, string | null>, message?: string): string;
  /** An issue someone else opened. */
  seedIssue(issue: Partial<StoredIssue> & { title: string; body: string }): StoredIssue;
  reset(): void;
  close(): Promise<void>;
}

const FORBIDDEN = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' };
const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');

export async function startGitHubGit(): Promise<GitHubGit> {
  const objects = new Map<string, GitObject>();
  const refs = new Map<string, string>(); // "heads/<branch>" → commit sha
  const requests: GitRequest[] = [];
  const issues: StoredIssue[] = [];
  const sockets = new Set<Socket>();
  let nextIssue = 1;
  let nextComment = 5000;

  const put = (o: GitObject): string => {
    const sha =
      o.type === 'blob'
        ? sha1(Buffer.concat([Buffer.from(`blob ${o.content.length}\0`), o.content]))
        : sha1(`${o.type}\0${JSON.stringify(o.type === 'tree' ? [...o.entries].sort((a, b) => (a.path < b.path ? -1 : 1)) : o)}`);
    if (!objects.has(sha))
      objects.set(sha, o.type === 'tree' ? { type: 'tree', entries: [...o.entries].sort((a, b) => (a.path < b.path ? -1 : 1)) } : o);
    return sha;
  };
  const get = <T extends GitObject['type']>(sha: unknown, type: T): Extract<GitObject, { type: T }> | undefined => {
    const o = typeof sha === 'string' ? objects.get(sha) : undefined;
    return o?.type === type ? (o as Extract<GitObject, { type: T }>) : undefined;
  };

  /** A tree with `changes` (path → blob sha, or null to delete) applied to `base`; undefined when a delete misses. */
  const applyTree = (base: Tree | undefined, changes: Map<string, string | null>): string | undefined => {
    const entries = new Map((base?.entries ?? []).map((e) => [e.path, e]));
    const nested = new Map<string, Map<string, string | null>>();
    for (const [path, sha] of changes) {
      const slash = path.indexOf('/');
      if (slash < 0) {
        if (sha === null) {
          if (!entries.delete(path)) return undefined;
        } else entries.set(path, { path, mode: '100644', type: 'blob', sha });
      } else {
        const dir = path.slice(0, slash);
        if (!nested.has(dir)) nested.set(dir, new Map());
        nested.get(dir)!.set(path.slice(slash + 1), sha);
      }
    }
    for (const [dir, sub] of nested) {
      const existing = entries.get(dir);
      const subBase = existing?.type === 'tree' ? get(existing.sha, 'tree') : undefined;
      const subSha = applyTree(subBase, sub);
      if (subSha === undefined) return undefined;
      if (get(subSha, 'tree')!.entries.length === 0) entries.delete(dir);
      else entries.set(dir, { path: dir, mode: '040000', type: 'tree', sha: subSha });
    }
    return put({ type: 'tree', entries: [...entries.values()] });
  };
  const walk = (treeSha: string, prefix = ''): { path: string; entry: TreeEntry }[] =>
    get(treeSha, 'tree')!.entries.flatMap((e) => [
      { path: prefix + e.path, entry: e },
      ...(e.type === 'tree' ? walk(e.sha, `${prefix}${e.path}/`) : [])
    ]);
  const isAncestor = (ancestor: string, of: string): boolean => {
    const seen = new Set<string>();
    const queue = [of];
    while (queue.length) {
      const sha = queue.pop()!;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      queue.push(...(get(sha, 'commit')?.parents ?? []));
    }
    return false;
  };

  const api: GitHubGit = {
    url: '',
    requests,
    issues,
    forbidWrites: false,
    maxPerPage: 100,
    login: undefined,
    beforeRequest: undefined,
    head: (branch) => refs.get(`heads/${branch}`),
    files(branch) {
      const head = get(refs.get(`heads/${branch}`), 'commit');
      const out = new Map<string, string>();
      if (!head) return out;
      for (const { path, entry } of walk(head.tree))
        if (entry.type === 'blob') out.set(path, get(entry.sha, 'blob')!.content.toString('utf8'));
      return out;
    },
    log(branch) {
      const out = [];
      for (let sha = refs.get(`heads/${branch}`); sha;) {
        const c = get(sha, 'commit')!;
        out.push({ sha, parents: c.parents, message: c.message });
        sha = c.parents[0];
      }
      return out;
    },
    commitFiles(branch, files, message = 'another writer') {
      const parent = refs.get(`heads/${branch}`);
      const base = parent ? get(get(parent, 'commit')!.tree, 'tree') : undefined;
      const changes = new Map(
        Object.entries(files).map(([p, text]) => [p, text === null ? null : put({ type: 'blob', content: Buffer.from(text) })])
      );
      const tree = applyTree(base, changes);
      if (!tree) throw new Error('commitFiles: a delete missed');
      const sha = put({ type: 'commit', tree, parents: parent ? [parent] : [], message, date: new Date().toISOString() });
      refs.set(`heads/${branch}`, sha);
      return sha;
    },
    seedIssue(issue) {
      const stored: StoredIssue = { number: nextIssue++, state: 'open', login: 'someone', labels: [], comments: [], ...issue };
      issues.push(stored);
      return stored;
    },
    reset() {
      objects.clear();
      refs.clear();
      requests.length = 0;
      issues.length = 0;
      api.forbidWrites = false;
      api.maxPerPage = 100;
      api.login = undefined;
      api.beforeRequest = undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      })
  };

  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
  };
  const repoUrl = (o: string, r: string) => `${api.url}/repos/${o}/${r}`;
  const commitView = (o: string, r: string, sha: string) => {
    const c = get(sha, 'commit')!;
    return {
      sha,
      url: `${repoUrl(o, r)}/git/commits/${sha}`,
      message: c.message,
      tree: { sha: c.tree, url: `${repoUrl(o, r)}/git/trees/${c.tree}` },
      parents: c.parents.map((p) => ({ sha: p, url: `${repoUrl(o, r)}/git/commits/${p}` })),
      author: { name: 'x', email: 'x@example.com', date: c.date },
      committer: { name: 'x', email: 'x@example.com', date: c.date }
    };
  };
  const refView = (o: string, r: string, ref: string) => ({
    ref: `refs/${ref}`,
    url: `${repoUrl(o, r)}/git/refs/${ref}`,
    object: { type: 'commit', sha: refs.get(ref)!, url: `${repoUrl(o, r)}/git/commits/${refs.get(ref)!}` }
  });
  const treeView = (o: string, r: string, sha: string, recursive: boolean) => ({
    sha,
    url: `${repoUrl(o, r)}/git/trees/${sha}`,
    tree: (recursive ? walk(sha) : get(sha, 'tree')!.entries.map((e) => ({ path: e.path, entry: e }))).map(({ path, entry }) => ({
      path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(entry.type === 'blob' ? { size: get(entry.sha, 'blob')!.content.length } : {}),
      url: `${repoUrl(o, r)}/git/${entry.type}s/${entry.sha}`
    })),
    truncated: false
  });
  const issueView = (o: string, r: string, i: StoredIssue) => ({
    id: 100000 + i.number,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.stateReason ?? null,
    labels: i.labels.map((name) => ({ name })),
    user: { login: i.login, type: i.login.endsWith('[bot]') ? 'Bot' : 'User' },
    comments: i.comments.length,
    url: `${repoUrl(o, r)}/issues/${i.number}`,
    html_url: `https://github.example/${o}/${r}/issues/${i.number}`,
    ...(i.pullRequest ? { pull_request: { url: `${repoUrl(o, r)}/pulls/${i.number}` } } : {})
  });
  const paged = (res: ServerResponse, url: URL, all: unknown[]) => {
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
    return json(res, 200, all.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {});
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, raw: string) => {
    let body: Record<string, unknown> = {};
    try {
      body = raw === '' ? {} : (JSON.parse(raw) as Record<string, unknown>);
    } catch {
      return json(res, 400, { message: 'Problems parsing JSON' });
    }
    const method = req.method ?? 'GET';
    const record: GitRequest = {
      method,
      url: req.url ?? '/',
      body: raw === '' ? undefined : body,
      authorization: req.headers.authorization
    };
    requests.push(record);
    await api.beforeRequest?.(record);
    if (!/^(token|bearer) \S+$/i.test(req.headers.authorization ?? '')) return json(res, 401, { message: 'Requires authentication' });
    const url = new URL(req.url ?? '/', api.url);
    if (url.pathname === '/user' && method === 'GET')
      return api.login ? json(res, 200, { login: api.login, type: 'User' }) : json(res, 403, FORBIDDEN);
    // octokit sends a ref's `/` as %2F (GitHub takes either).
    const m = /^\/repos\/([^/]+)\/([^/]+)\/(.*)$/.exec(decodeURIComponent(url.pathname));
    if (!m) return json(res, 404, { message: 'Not Found' });
    const [, o, r, rest] = m as unknown as [string, string, string, string];
    if (api.forbidWrites && method !== 'GET') return json(res, 403, FORBIDDEN);
    const invalid = (message: string) => json(res, 422, { message, documentation_url: 'https://docs.github.com/rest/git' });
    let g: RegExpExecArray | null;

    // git refs
    if ((g = /^git\/ref\/(heads\/.+)$/.exec(rest)) && method === 'GET')
      return refs.has(g[1]!) ? json(res, 200, refView(o, r, g[1]!)) : json(res, 404, { message: 'Not Found' });
    if (rest === 'git/refs' && method === 'POST') {
      const ref = typeof body['ref'] === 'string' ? body['ref'] : '';
      if (!/^refs\/heads\/.+/.test(ref) || !get(body['sha'], 'commit')) return invalid('Reference update failed');
      if (refs.has(ref.slice(5))) return invalid('Reference already exists');
      refs.set(ref.slice(5), body['sha'] as string);
      return json(res, 201, refView(o, r, ref.slice(5)));
    }
    if ((g = /^git\/refs\/(heads\/.+)$/.exec(rest)) && method === 'PATCH') {
      const ref = g[1]!;
      const old = refs.get(ref);
      if (!old) return invalid('Reference does not exist');
      if (!get(body['sha'], 'commit')) return invalid('Object does not exist');
      if (body['force'] !== true && !isAncestor(old, body['sha'] as string)) return invalid('Update is not a fast forward');
      refs.set(ref, body['sha'] as string);
      return json(res, 200, refView(o, r, ref));
    }
    // blobs
    if (rest === 'git/blobs' && method === 'POST') {
      if (typeof body['content'] !== 'string') return invalid('Invalid request.\n\n"content" wasn\'t supplied.');
      const content = Buffer.from(body['content'], body['encoding'] === 'base64' ? 'base64' : 'utf8');
      const sha = put({ type: 'blob', content });
      return json(res, 201, { sha, url: `${repoUrl(o, r)}/git/blobs/${sha}` });
    }
    if ((g = /^git\/blobs\/([0-9a-f]{40})$/.exec(rest)) && method === 'GET') {
      const b = get(g[1], 'blob');
      if (!b) return json(res, 404, { message: 'Not Found' });
      return json(res, 200, { sha: g[1], size: b.content.length, encoding: 'base64', content: b.content.toString('base64'), node_id: 'x' });
    }
    // trees
    if (rest === 'git/trees' && method === 'POST') {
      const items = body['tree'];
      if (!Array.isArray(items)) return invalid('Invalid tree info');
      const base = body['base_tree'] === undefined ? undefined : get(body['base_tree'], 'tree');
      if (body['base_tree'] !== undefined && !base) return invalid('base_tree is not a valid tree');
      const changes = new Map<string, string | null>();
      for (const item of items as Record<string, unknown>[]) {
        const path = item['path'];
        if (
          typeof path !== 'string' ||
          path === '' ||
          path.startsWith('/') ||
          path.split('/').some((p) => p === '' || p === '.' || p === '..')
        )
          return invalid('Invalid tree info');
        if (typeof item['content'] === 'string') changes.set(path, put({ type: 'blob', content: Buffer.from(item['content']) }));
        else if (item['sha'] === null) changes.set(path, null);
        else if (get(item['sha'], 'blob')) changes.set(path, item['sha'] as string);
        else return invalid('tree.sha is not a valid blob');
      }
      const sha = applyTree(base, changes);
      if (!sha) return invalid('GitRPC::BadObjectState');
      return json(res, 201, treeView(o, r, sha, false));
    }
    if ((g = /^git\/trees\/([0-9a-f]{40})$/.exec(rest)) && method === 'GET')
      return get(g[1], 'tree')
        ? json(res, 200, treeView(o, r, g[1]!, ['1', 'true'].includes(url.searchParams.get('recursive') ?? '')))
        : json(res, 404, { message: 'Not Found' });
    // commits
    if (rest === 'git/commits' && method === 'POST') {
      const parents = body['parents'] ?? [];
      if (!get(body['tree'], 'tree') || !Array.isArray(parents) || parents.some((p) => !get(p, 'commit')))
        return invalid('Invalid request: tree or parents are not valid objects');
      const sha = put({
        type: 'commit',
        tree: body['tree'] as string,
        parents: parents as string[],
        message: String(body['message'] ?? ''),
        date: new Date().toISOString()
      });
      return json(res, 201, commitView(o, r, sha));
    }
    if ((g = /^git\/commits\/([0-9a-f]{40})$/.exec(rest)) && method === 'GET')
      return get(g[1], 'commit') ? json(res, 200, commitView(o, r, g[1]!)) : json(res, 404, { message: 'Not Found' });

    // issues
    if (rest === 'issues' && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      const creator = url.searchParams.get('creator');
      const list = issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => !creator || i.login === creator)
        .sort((a, b) => b.number - a.number) // newest first, as GitHub lists by default
        .map((i) => issueView(o, r, i));
      return paged(res, url, list);
    }
    if (rest === 'issues' && method === 'POST') {
      if (typeof body['title'] !== 'string') return invalid('Invalid request.\n\n"title" wasn\'t supplied.');
      const i = api.seedIssue({
        title: body['title'],
        body: typeof body['body'] === 'string' ? body['body'] : '',
        login: 'github-actions[bot]',
        labels: Array.isArray(body['labels']) ? (body['labels'] as string[]) : []
      });
      return json(res, 201, issueView(o, r, i));
    }
    if ((g = /^issues\/(\d+)$/.exec(rest))) {
      const i = issues.find((x) => x.number === Number(g![1]));
      if (!i) return json(res, 404, { message: 'Not Found' });
      if (method === 'GET') return json(res, 200, issueView(o, r, i));
      if (method === 'PATCH') {
        if (body['state'] === 'open' || body['state'] === 'closed') i.state = body['state'];
        if (typeof body['state_reason'] === 'string') i.stateReason = body['state_reason'];
        if (typeof body['body'] === 'string') i.body = body['body'];
        if (typeof body['title'] === 'string') i.title = body['title'];
        return json(res, 200, issueView(o, r, i));
      }
    }
    if ((g = /^issues\/comments\/(\d+)$/.exec(rest)) && method === 'PATCH') {
      const c = issues.flatMap((i) => i.comments).find((x) => x.id === Number(g![1]));
      if (!c) return json(res, 404, { message: 'Not Found' });
      if (typeof body['body'] === 'string') c.body = body['body'];
      return json(res, 200, { id: c.id, body: c.body, user: { login: c.login, type: 'Bot' } });
    }
    if ((g = /^issues\/(\d+)\/comments$/.exec(rest))) {
      // A pull request the test did not seed is there all the same (its comments start empty).
      let i = issues.find((x) => x.number === Number(g![1]));
      if (!i) {
        i = {
          number: Number(g[1]),
          title: 'a pull request',
          body: '',
          state: 'open',
          login: 'someone',
          labels: [],
          comments: [],
          pullRequest: true
        };
        issues.push(i);
      }
      if (!i) return json(res, 404, { message: 'Not Found' });
      if (method === 'GET')
        return paged(
          res,
          url,
          i.comments.map((c) => ({ id: c.id, body: c.body, user: { login: c.login } }))
        );
      if (method === 'POST') {
        if (typeof body['body'] !== 'string') return invalid('Invalid request.\n\n"body" wasn\'t supplied.');
        const c = { id: nextComment++, body: body['body'], login: 'github-actions[bot]' };
        i.comments.push(c);
        return json(res, 201, {
          id: c.id,
          body: c.body,
          user: { login: c.login, type: 'Bot' },
          html_url: `https://github.example/${o}/${r}/issues/${i.number}#issuecomment-${c.id}`
        });
      }
    }
    return json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((e: unknown) => json(res, 500, { message: String(e) }));
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  (api as { url: string }).url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return api;
}
