// One sticky PR comment per evaluation: found again on the next run by a hidden marker and
// updated, never duplicated. Through @actions/github's octokit, which honours GITHUB_API_URL
// (GHES, and the tests' stand-in) and the runner's proxy settings. Loaded only when a token is given.
import { createHash } from 'node:crypto';
import { forLog } from '../escape.js';
import { debug } from '../runner/toolkit.js';

/** Pages of comments read at most looking for ours (100 a page): a Link that never ends is cut. */
export const MAX_PAGES = 50;
/** Milliseconds allowed for each GitHub API request unless the caller says less. */
export const GITHUB_TIMEOUT_MS = 30_000;

export interface CommentPlace {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
}

/** Where the comment goes: the pull request this run is for, or undefined when it is for none. */
export async function pullRequestOf(): Promise<CommentPlace | undefined> {
  const { context } = await import('@actions/github');
  const number = (context.payload.pull_request as { number?: unknown } | undefined)?.number;
  if (typeof number !== 'number' || !process.env['GITHUB_REPOSITORY']) return undefined;
  return { ...context.repo, issueNumber: number };
}

/**
 * The default comment key: workflow, job, step (GITHUB_ACTION: the step's id, or its position in
 * the job), the matrix leg and the model. Two eval steps of one job, or two legs of a matrix that
 * differ in anything (not only the model), each keep their own comment: one step's passing report
 * must never replace another's failing one.
 */
export function defaultCommentKey(model: string, env: NodeJS.ProcessEnv = process.env, matrix = ''): string {
  return [env['GITHUB_WORKFLOW'] ?? '', env['GITHUB_JOB'] ?? '', env['GITHUB_ACTION'] ?? '', matrixKey(matrix), model].join(' / ');
}

/**
 * The matrix input (`${{ toJSON(matrix) }}` by default) as a stable text: keys sorted, so the same
 * leg keys the same comment on every run. Not a matrix job ('null', '') or an unexpanded
 * expression (a local run) gives ''.
 */
export function matrixKey(raw: string): string {
  const text = raw.trim();
  if (text === '' || text.includes('${{')) return '';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (value === null) return '';
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted((v as Record<string, unknown>)[k])])
          )
        : v;
  return JSON.stringify(sorted(value));
}

/**
 * The hidden line that finds the comment again. A hash of the key, so nothing the key holds
 * (a workflow name with `-->` in it) can end the HTML comment early or show in the page.
 */
export function marker(key: string): string {
  return `<!-- context-cache-eval ${createHash('sha256').update(key).digest('hex').slice(0, 24)} -->`;
}

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>;

/**
 * Whose comments may be ours. A personal token can say who it is (GET /user); an installation
 * token (the workflow's GITHUB_TOKEN, a GitHub App's) cannot (403), and writes as a bot account
 * (github-actions[bot], <app>[bot]), which a pull request's author cannot be.
 */
async function ourAuthorTest(octokit: Octokit): Promise<(user: { login?: string; type?: string } | null | undefined) => boolean> {
  try {
    const { login } = (await octokit.rest.users.getAuthenticated()).data;
    return (user) => user?.login === login;
  } catch {
    return (user) => user?.type === 'Bot';
  }
}

export type Posted = { action: 'created' | 'updated'; url?: string } | { action: 'skipped'; reason: string };

/**
 * Update the newest comment that carries `mark`, else create one. Without the right to write
 * (fork pull requests get a read-only token) it reports `skipped` with the reason, never throws
 * for that: a missing comment must not fail an evaluation.
 */
export async function upsertComment(
  token: string,
  place: CommentPlace,
  mark: string,
  body: string,
  timeoutMs = GITHUB_TIMEOUT_MS
): Promise<Posted> {
  const { getOctokit } = await import('@actions/github');
  const refused: string[] = [];
  // The runner's proxy settings live in the default request options, which ours replace: kept inside.
  const { defaults } = await import('@actions/github/lib/utils');
  const inner = (defaults.request as { fetch?: typeof fetch } | undefined)?.fetch ?? fetch;
  // octokit logs GitHub's own headers (Sunset, Link in deprecation notices), by default to stderr
  // as they are: escaped, debug only. The request layer has its own log option.
  const log = {
    debug: () => undefined,
    info: () => undefined,
    warn: (m: unknown) => debug(`GitHub API: ${forLog(String(m), 300)}`),
    error: (m: unknown) => debug(`GitHub API: ${forLog(String(m), 300)}`)
  };
  const octokit = getOctokit(token, {
    log,
    request: {
      agent: (defaults.request as { agent?: unknown } | undefined)?.agent,
      fetch: guardedFetch(apiOrigin(), Math.min(timeoutMs, GITHUB_TIMEOUT_MS), inner, refused),
      log
    }
  });
  const text = `${mark}\n${body}`;
  try {
    // Only our own comment counts: the marker is no secret, and a comment someone else wrote
    // with it must neither be overwritten nor leave our real report stale.
    const mine = await ourAuthorTest(octokit);
    let found: number | undefined;
    let pages = 0;
    const seen = new Set<string>();
    try {
      for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: place.owner,
        repo: place.repo,
        issue_number: place.issueNumber,
        per_page: 100
      })) {
        // We write the marker as the first line: a comment that only quotes it (another bot's
        // comment quoting the PR description) is not ours.
        for (const c of page.data) if (isOurs(c.body, mark) && mine(c.user)) found = c.id;
        if (++pages >= MAX_PAGES || seen.has(page.url)) break;
        seen.add(page.url);
      }
    } catch (e) {
      // A next page on another host is not followed (nor its token sent): paging ends there.
      if (refused.length === 0) throw e;
      debug(`Comment pages: ${forLog(refused[0]!, 300)}`);
    }
    if (found !== undefined) {
      const updated = await octokit.rest.issues
        .updateComment({ owner: place.owner, repo: place.repo, comment_id: found, body: text })
        .catch((e: unknown) => {
          // Another bot's comment with our marker (an installation token cannot tell which bot it
          // is): not ours to edit, so post our own rather than skip the report on every run.
          if ((e as { status?: unknown }).status === 403) return undefined;
          throw e;
        });
      if (updated) return { action: 'updated', url: updated.data.html_url };
    }
    const res = await octokit.rest.issues.createComment({
      owner: place.owner,
      repo: place.repo,
      issue_number: place.issueNumber,
      body: text
    });
    return { action: 'created', url: res.data.html_url };
  } catch (e) {
    const status = (e as { status?: unknown }).status;
    const reason =
      status === 403 || status === 401 || status === 404
        ? `the token may not comment on this pull request (HTTP ${status}); give the job \`permissions: pull-requests: write\` (fork pull requests get a read-only token: the job summary has the report)`
        : `GitHub answered ${typeof status === 'number' ? `HTTP ${status}` : 'with an error'}: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`;
    return { action: 'skipped', reason };
  }
}

/** Our comment starts with the marker line, as upsertComment writes it. */
export function isOurs(body: string | null | undefined, mark: string): boolean {
  return typeof body === 'string' && (body === mark || body.startsWith(`${mark}\n`) || body.startsWith(`${mark}\r\n`));
}

/** The origin every request must go to: the runner's GITHUB_API_URL, else github.com's API. */
function apiOrigin(env: NodeJS.ProcessEnv = process.env): string {
  try {
    return new URL(env['GITHUB_API_URL'] || 'https://api.github.com').origin;
  } catch {
    return 'https://api.github.com';
  }
}

/**
 * fetch for octokit: only to `origin` (a Link header naming another host must not receive the
 * token), and each request cut after `timeoutMs` (a stalled answer must not hold the step).
 */
export function guardedFetch(origin: string, timeoutMs: number, inner: typeof fetch = fetch, refused: string[] = []): typeof fetch {
  return (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.origin !== origin) {
      const why = `refused a request to ${url.origin}: GitHub API requests go to ${origin} only`;
      refused.push(why);
      return Promise.reject(new Error(forLog(why, 300)));
    }
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return inner(input, { ...init, signal }).catch((e: unknown) => {
      if (timeout.aborted) throw new Error(`GitHub did not answer within ${Math.round(timeoutMs / 1000)} s`);
      throw e;
    });
  };
}
