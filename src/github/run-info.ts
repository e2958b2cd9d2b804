// Which commit and which workflow run a report is of, from the runner's environment and the
// event payload. On pull_request events GITHUB_SHA is a merge commit nobody pushed; the payload's
// pull_request.head.sha is the commit the author knows. Pure; every value checked for its shape,
// since it reaches a link in the report.
import type { RunIdentity } from '../report/markdown.js';

export function runIdentity(env: NodeJS.ProcessEnv, payload: unknown): RunIdentity {
  const head = (payload as { pull_request?: { head?: { sha?: unknown } } } | undefined)?.pull_request?.head?.sha;
  const sha = typeof head === 'string' ? head : env['GITHUB_SHA'];
  const commit = sha && /^[0-9a-f]{7,64}$/i.test(sha) ? sha.toLowerCase() : undefined;
  const server = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const repo = env['GITHUB_REPOSITORY'] ?? '';
  const runId = env['GITHUB_RUN_ID'] ?? '';
  const attempt = env['GITHUB_RUN_ATTEMPT'] ?? '';
  const okServer = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~-]+)*$/.test(server);
  const okRepo = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo);
  const okRun = /^\d{1,20}$/.test(runId);
  const okAttempt = /^\d{1,6}$/.test(attempt);
  const runUrl =
    okServer && okRepo && okRun ? `${server}/${repo}/actions/runs/${runId}${okAttempt ? `/attempts/${attempt}` : ''}` : undefined;
  return { commit, runUrl, runId: okRun ? runId : undefined, attempt: okAttempt ? attempt : undefined };
}

/** The event payload the runner wrote (GITHUB_EVENT_PATH), or undefined. */
export async function eventPayload(env: NodeJS.ProcessEnv = process.env): Promise<unknown> {
  const path = env['GITHUB_EVENT_PATH'];
  if (!path) return undefined;
  try {
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}
