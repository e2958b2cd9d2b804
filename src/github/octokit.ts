// The octokit every GitHub call goes through: @actions/github's (GITHUB_API_URL, the runner's
// proxy), with a timeout on every request and paging that never leaves the API's origin.
// Loaded only when a token is given.

export type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>;

/** A request GitHub does not answer in this long is abandoned (the caller warns, the run goes on). */
export const GITHUB_TIMEOUT_MS = 20_000;

export async function octokitFor(token: string, timeoutMs = GITHUB_TIMEOUT_MS, env: NodeJS.ProcessEnv = process.env): Promise<Octokit> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { baseUrl: apiBase(env) });
  // A fresh signal per request, on the request's own options (a wrap hook's copy is not what
  // octokit sends, and the defaults' object is shared by every request).
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request, signal: AbortSignal.timeout(timeoutMs) };
  });
  return octokit;
}

export function apiBase(env: NodeJS.ProcessEnv = process.env): string {
  return (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, '');
}

/**
 * The items of a list endpoint, page by page through its Link headers, at most `maxPages`; a next
 * page on another origin than the API's is not followed (a token must not go elsewhere).
 */
export async function listAll<T>(octokit: Octokit, route: string, params: Record<string, unknown>, maxPages = 20): Promise<T[]> {
  // The origin this octokit was made for (GITHUB_API_URL): a Link to anywhere else is not followed.
  const origin = new URL(octokit.request.endpoint.DEFAULTS.baseUrl).origin;
  const items: T[] = [];
  let res = await octokit.request(route, { ...params, per_page: 100 });
  for (let page = 1; ; page++) {
    items.push(...(res.data as T[]));
    const next = /<([^>]+)>;\s*rel="next"/.exec(String(res.headers.link ?? ''))?.[1];
    if (!next || page >= maxPages) break;
    let url: URL;
    try {
      url = new URL(next);
    } catch {
      break;
    }
    if (url.origin !== origin) break;
    res = await octokit.request({ method: 'GET', url: url.toString() });
  }
  return items;
}

/** The HTTP status of an octokit error, if it has one. */
export function statusOf(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
