// The history in one run, between the publication and the store: read once (the trend, a pull
// request's baseline), written once on runs that are not a pull request's, the drift alert after.
// Nothing here fails the evaluation: a 403, a missing branch, a timeout are warnings or notices.
import { forLog } from '../escape.js';
import { RESULTS_FORMAT } from '../results/format.js';
import type { Baseline, BaselineCase } from '../evaluation/compare.js';
import type { Result } from '../evaluation/engine.js';
import { alertDrift } from '../github/drift-issue.js';
import { octokitFor, statusOf, type Octokit } from '../github/octokit.js';
import { info, notice, warning } from '../runner/toolkit.js';
import { renderTrend } from '../report/trend.js';
import { driftOf } from './drift.js';
import { casesDigest, recordOf, resultsByModel, statusesOf, type HistoryRecord } from './record.js';
import type { HistorySettings } from './settings.js';
import { appendHistory, readHistory, type HistoryPlace } from './store.js';

/** Records read per model: 30 for the chart, the rest for "since" when a case fails for long. */
export const READ_RECORDS = 60;

export function isPullRequest(env: NodeJS.ProcessEnv = process.env): boolean {
  return ['pull_request', 'pull_request_target'].includes(env['GITHUB_EVENT_NAME'] ?? '');
}

export class HistorySession {
  private constructor(
    private readonly settings: HistorySettings,
    private readonly octokit: Octokit,
    private readonly place: HistoryPlace,
    private readonly models: readonly string[],
    private readonly records: Map<string, HistoryRecord[]>,
    private readonly env: NodeJS.ProcessEnv
  ) {}

  /** Reads the history (undefined, with a warning, when it cannot be read). */
  static async open(
    settings: HistorySettings,
    token: string,
    models: readonly string[],
    env: NodeJS.ProcessEnv = process.env
  ): Promise<HistorySession | undefined> {
    const [owner, repo] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
    if (!owner || !repo) {
      warning('history is set, but GITHUB_REPOSITORY is not: no history in this run.', { title: 'History off' });
      return undefined;
    }
    if (!token) {
      warning('history is set, but github-token is empty: give `github-token: ${{ github.token }}` to read and write the history branch.', {
        title: 'History off'
      });
      return undefined;
    }
    const place = { owner, repo, branch: settings.branch };
    try {
      const octokit = await octokitFor(token, undefined, env);
      const read = await readHistory(octokit, place, models, READ_RECORDS);
      for (const s of read.skipped.slice(0, 10)) warning(`History: skipped ${s}.`, { title: 'History record skipped' });
      if (read.skipped.length > 10)
        warning(`History: ${read.skipped.length - 10} more records skipped.`, { title: 'History record skipped' });
      if (!read.exists)
        (isPullRequest(env) ? notice : info)(
          `History: the branch ${forLog(settings.branch, 200)} does not exist yet${isPullRequest(env) ? ' (a run that is not a pull request’s creates it)' : '; this run creates it'}.`
        );
      const records = new Map(models.map((m) => [m, [...(read.records.get(m) ?? [])]]));
      return new HistorySession(settings, octokit, place, models, records, env);
    } catch (e) {
      warning(`History: could not read ${forLog(settings.branch, 200)}: ${describe(e, 'read')}`, { title: 'History not read' });
      return undefined;
    }
  }

  /**
   * A baseline from the history: the latest record of `base` (a pull request's base branch), per model (case names
   * prefixed by model when there are several, as a merged run names them). Undefined (with a
   * notice) when there is none.
   */
  baseline(base: string | undefined): Baseline | undefined {
    const latest = this.models.map(
      (m) =>
        [
          m,
          this.records
            .get(m)!
            .filter((r) => !base || r.ref === base)
            .at(-1)
        ] as const
    );
    const missing = latest.filter(([, r]) => !r).map(([m]) => m);
    if (missing.length)
      notice(
        forLog(
          `History: no record of ${missing.join(', ')} on ${base ?? 'the base branch'} in ${this.settings.branch}: no baseline to compare this pull request with.`,
          600
        )
      );
    const found = latest.filter((x): x is readonly [string, HistoryRecord] => x[1] !== undefined);
    if (found.length === 0) return undefined;
    const several = this.models.length > 1;
    const cases = new Map<string, BaselineCase>();
    for (const [model, record] of found)
      for (const [name, status] of statusesOf(record)) {
        const key = several ? `${model}: ${name}` : name;
        cases.set(key, { name: key, status, model: several ? model : undefined });
      }
    info(
      forLog(
        `History: baseline is the latest record of ${base ?? 'the base branch'}: ${found.map(([m, r]) => `${m} ${r.time.slice(0, 10)} ${r.commit.slice(0, 7)}`).join(', ')}.`,
        600
      )
    );
    // Shown as a results file's: it is one, recorded compactly (no differences warning for the format).
    return { format: RESULTS_FORMAT, model: several ? undefined : found[0]![0], cases };
  }

  /**
   * After the run: on a run that is not a pull request's, this run's records are appended and the
   * drift alert raised or closed; the trend section (Markdown) is returned either way.
   */
  async finish(results: readonly Result[], casesFiles: readonly string[], workspace: string, write = true): Promise<string> {
    const env = this.env;
    if (!write) info('History: this run is incomplete and is not recorded.');
    if (write && !isPullRequest(env)) {
      const digest = await casesDigest(casesFiles, workspace);
      const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
      const runUrl = env['GITHUB_RUN_ID']
        ? `${server}/${this.place.owner}/${this.place.repo}/actions/runs/${env['GITHUB_RUN_ID']}`
        : undefined;
      const fresh: HistoryRecord[] = [];
      for (const [model, list] of resultsByModel(this.models, results))
        fresh.push(
          recordOf(
            {
              model,
              time: new Date(),
              commit: /^[0-9a-f]{7,64}$/i.test(env['GITHUB_SHA'] ?? '') ? env['GITHUB_SHA']! : '0'.repeat(40),
              ref: env['GITHUB_REF_NAME'],
              runId: /^\d{1,20}$/.test(env['GITHUB_RUN_ID'] ?? '') ? env['GITHUB_RUN_ID']! : String(Date.now()),
              runAttempt: Number(env['GITHUB_RUN_ATTEMPT']) || undefined,
              runUrl,
              workflow: env['GITHUB_WORKFLOW'],
              casesDigest: digest
            },
            list
          )
        );
      try {
        const out = await appendHistory(this.octokit, this.place, fresh, this.settings.limit);
        info(
          `History: recorded ${fresh.length} record(s) in ${forLog(this.settings.branch, 200)}${out.created ? ' (branch created)' : ''}${out.dropped ? `; ${out.dropped} oldest dropped (history-limit ${this.settings.limit})` : ''}.`
        );
      } catch (e) {
        warning(`History: this run was not recorded in ${forLog(this.settings.branch, 200)}: ${describe(e, 'write')}`, {
          title: 'History not written'
        });
      }
      for (const r of fresh) this.records.get(r.model)!.push(r);
      if (this.settings.alertIssue) await this.alert(runUrl, server);
    }
    return renderTrend(
      {
        history: this.records,
        repoUrl: `${env['GITHUB_SERVER_URL'] || 'https://github.com'}/${this.place.owner}/${this.place.repo}`
      },
      20_000
    );
  }

  private async alert(runUrl: string | undefined, server: string): Promise<void> {
    for (const model of this.models) {
      try {
        const out = await alertDrift(
          this.octokit,
          this.place,
          { workflow: this.env['GITHUB_WORKFLOW'] ?? '', model, runUrl, repoUrl: `${server}/${this.place.owner}/${this.place.repo}` },
          driftOf(this.records.get(model)!)
        );
        if (out.action !== 'none') info(`Drift issue #${out.number} ${out.action}${out.url ? `: ${forLog(out.url, 300)}` : ''}.`);
      } catch (e) {
        warning(`Drift issue for ${forLog(model, 100)} not updated: ${describe(e, 'issues')}`, { title: 'Drift issue skipped' });
      }
    }
  }
}

function describe(e: unknown, what: 'read' | 'write' | 'issues'): string {
  const status = statusOf(e);
  if (status === 403 || status === 401)
    return what === 'issues'
      ? `the token may not open issues (HTTP ${status}); give the job \`permissions: issues: write\`.`
      : `the token may not ${what === 'write' ? 'write to' : 'read'} the branch (HTTP ${status}); give the job \`permissions: contents: write\`.`;
  const message = forLog((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '', 300);
  return status ? `GitHub answered HTTP ${status}: ${message}` : message;
}
