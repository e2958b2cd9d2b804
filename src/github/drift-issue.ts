// The drift alert (input alert-issue): when a run that is not a pull request's is worse than the
// last one (McNemar's paired test at alpha 0.05), one issue per workflow and model, opened once and
// commented on by later bad runs; when a later run recovers, a comment and the issue is closed.
// Found again by a hidden marker at the START of the body, on an issue our token's account opened
// (the marker is no secret: anyone can write it into an issue of their own).
// Needs `issues: write`; any failure is the caller's warning, never the evaluation's.
import { createHash } from 'node:crypto';
import { forCell } from '../escape.js';
import { DRIFT_ALPHA, type Drift } from '../history/drift.js';
import { shortSha } from '../report/trend.js';
import { listAll, type Octokit } from './octokit.js';

export interface IssuePlace {
  readonly owner: string;
  readonly repo: string;
}

export interface AlertRun {
  readonly workflow: string;
  readonly model: string;
  /** This run's page (GITHUB_SERVER_URL/…/actions/runs/ID). */
  readonly runUrl?: string;
  /** https://github.com/o/r: for the commit range link. */
  readonly repoUrl?: string;
}

export type AlertOutcome =
  { readonly action: 'opened' | 'commented' | 'closed'; readonly number: number; readonly url?: string } | { readonly action: 'none' };

export function driftMarker(workflow: string, model: string): string {
  const hash = createHash('sha256').update(`${workflow}\n${model.toLowerCase()}`).digest('hex').slice(0, 24);
  return `<!-- context-cache-eval drift ${hash} -->`;
}

interface IssueItem {
  number: number;
  body?: string | null;
  html_url?: string;
  pull_request?: unknown;
  user?: { login?: string; type?: string } | null;
}

/** Whose issues may be ours: the token's own login when it can say (a PAT), else a bot (GITHUB_TOKEN, an app). */
async function mineTest(octokit: Octokit): Promise<(user: IssueItem['user']) => boolean> {
  try {
    const { login } = (await octokit.rest.users.getAuthenticated()).data;
    return (user) => user?.login === login;
  } catch {
    return (user) => user?.type === 'Bot';
  }
}

/** Our open drift issue for this workflow and model, if there is one. */
export async function findDriftIssue(octokit: Octokit, place: IssuePlace, mark: string): Promise<IssueItem | undefined> {
  const mine = await mineTest(octokit);
  const open = await listAll<IssueItem>(octokit, 'GET /repos/{owner}/{repo}/issues', { ...place, state: 'open' }, 10);
  return open.find((i) => !i.pull_request && (i.body ?? '').startsWith(mark) && mine(i.user));
}

/** Plain text for an issue title: one line, no control characters, bounded. */
function titleText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').slice(0, 200); // eslint-disable-line no-control-regex
}

function commitRange(drift: Drift, repoUrl?: string): string {
  const [a, b] = [shortSha(drift.previous.commit), shortSha(drift.current.commit)];
  const text = `${a}…${b}`;
  return repoUrl && a !== '?' && b !== '?'
    ? `[\`${text}\`](${repoUrl}/compare/${drift.previous.commit}...${drift.current.commit})`
    : `\`${text}\``;
}

function names(list: readonly string[], max = 50): string {
  const shown = list.slice(0, max).map((n) => `- ${forCell(n, 200)}`);
  if (list.length > max) shown.push(`- and ${list.length - max} more (the run's results file has them all)`);
  return shown.join('\n');
}

export function worseText(run: AlertRun, drift: Drift): string {
  return [
    `**${forCell(run.model, 80)}** got worse than the last run in ${forCell(run.workflow, 120)}: ${drift.newlyFailing.length} case(s) newly failing, ${drift.newlyPassing.length} newly passing (paired McNemar test, one-sided p = ${drift.p.toFixed(3)} < ${DRIFT_ALPHA}).`,
    '',
    `- Pass rate: ${(drift.previous.totals.passRate * 100).toFixed(1)}% → ${(drift.current.totals.passRate * 100).toFixed(1)}%`,
    `- Commits: ${commitRange(drift, run.repoUrl)}`,
    run.runUrl ? `- Run: ${run.runUrl}` : undefined,
    '',
    '**Newly failing**',
    '',
    names(drift.newlyFailing)
  ]
    .filter((l) => l !== undefined)
    .join('\n');
}

/** Recovered: nothing newly failing, and something fixed or nothing left failing. */
export function recovered(drift: Drift): boolean {
  return !drift.worse && drift.newlyFailing.length === 0 && (drift.newlyPassing.length > 0 || drift.failingSince.length === 0);
}

/**
 * Open, comment on or close the drift issue for this run. `drift` undefined (no earlier run):
 * nothing to do. Only safe URLs (the run's, validated SHAs) reach the body besides escaped text.
 */
export async function alertDrift(octokit: Octokit, place: IssuePlace, run: AlertRun, drift: Drift | undefined): Promise<AlertOutcome> {
  if (!drift) return { action: 'none' };
  const mark = driftMarker(run.workflow, run.model);
  const open = drift.worse || recovered(drift) ? await findDriftIssue(octokit, place, mark) : undefined;
  if (drift.worse) {
    if (open) {
      const c = await octokit.rest.issues.createComment({
        ...place,
        issue_number: open.number,
        body: `Worse again.\n\n${worseText(run, drift)}`
      });
      return { action: 'commented', number: open.number, url: c.data.html_url };
    }
    const created = await octokit.rest.issues.create({
      ...place,
      title: titleText(`Evaluation drift: ${run.model} got worse (${run.workflow})`),
      body: `${mark}\n${worseText(run, drift)}\n\nThis issue is closed by the first later run that recovers.`
    });
    return { action: 'opened', number: created.data.number, url: created.data.html_url };
  }
  if (open && recovered(drift)) {
    const fixed = drift.newlyPassing.length ? `\n\n**Passing again**\n\n${names(drift.newlyPassing)}` : '';
    await octokit.rest.issues.createComment({
      ...place,
      issue_number: open.number,
      body: `Recovered: ${forCell(run.model, 80)} is at ${(drift.current.totals.passRate * 100).toFixed(1)}% (commits ${commitRange(drift, run.repoUrl)}${run.runUrl ? `, run ${run.runUrl}` : ''}).${fixed}`
    });
    await octokit.rest.issues.update({ ...place, issue_number: open.number, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: open.number, url: open.html_url };
  }
  return { action: 'none' };
}
