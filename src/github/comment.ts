// One sticky PR comment per evaluation: found again on the next run by a hidden marker and
// updated, never duplicated. Through @actions/github's octokit, which honours GITHUB_API_URL
// (GHES, and the tests' stand-in) and the runner's proxy settings. Loaded only when a token is given.
import { createHash } from 'node:crypto';

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
async function isOurs(octokit: Octokit): Promise<(user: { login?: string; type?: string } | null | undefined) => boolean> {
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
export async function upsertComment(token: string, place: CommentPlace, mark: string, body: string): Promise<Posted> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token);
  const text = `${mark}\n${body}`;
  try {
    // Only our own comment counts: the marker is no secret, and a comment someone else wrote
    // with it must neither be overwritten nor leave our real report stale.
    const mine = await isOurs(octokit);
    let found: number | undefined;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
      owner: place.owner,
      repo: place.repo,
      issue_number: place.issueNumber,
      per_page: 100
    }))
      for (const c of page.data) if (c.body?.includes(mark) && mine(c.user)) found = c.id;
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
