// The history branch, through the GitHub REST API's git data endpoints (refs, commits, trees):
// no checkout, no credentials on disk, only the job's token. The branch (the `history` input) is
// created on first use as an orphan: a commit with no parent holding only records.
//
// Layout: one file per record, `<model slug>/<UTC time>-<run id>-<attempt>.json`. Chosen over one
// file per model holding an array because a write then sends only the new record (a few KB) and
// the tree entries of the records it drops, never the whole history again; two matrix legs
// writing at once touch different files, so the loser of the race re-applies its one file on the
// new head and both land; and the cap is a listing of one directory (names sort by time) and
// `sha: null` entries in the same tree. Git stores each record once; dropped ones leave the tree,
// so a checkout of the branch stays at most `limit` small files per model.
import { forLog } from '../escape.js';
import { statusOf, type Octokit } from '../github/octokit.js';
import { MAX_RECORD_BYTES, modelDirectory, parseRecord, recordPath, type HistoryRecord } from './record.js';

export interface HistoryPlace {
  readonly owner: string;
  readonly repo: string;
  readonly branch: string;
}

/** Records of each model asked for, oldest first; what was skipped, as log lines (escaped). */
export interface HistoryRead {
  /** false: the branch does not exist (yet). */
  readonly exists: boolean;
  readonly records: ReadonlyMap<string, readonly HistoryRecord[]>;
  readonly skipped: readonly string[];
}

interface TreeItem {
  readonly path: string;
  readonly type: string;
  readonly sha: string;
  readonly size?: number;
}

const RECORD_NAME = /^\d{8}T\d{6}Z-\d{1,20}-\d{1,4}\.json$/;
/** Blobs fetched at once while reading. */
const READ_CONCURRENCY = 8;
/** Attempts at a write that keeps losing the race for the branch's head. */
export const WRITE_ATTEMPTS = 5;

async function headOf(octokit: Octokit, place: HistoryPlace): Promise<string | undefined> {
  try {
    const ref = await octokit.rest.git.getRef({ owner: place.owner, repo: place.repo, ref: `heads/${place.branch}` });
    return ref.data.object.sha;
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}

async function treeOf(octokit: Octokit, place: HistoryPlace, sha: string): Promise<TreeItem[]> {
  const res = await octokit.rest.git.getTree({ owner: place.owner, repo: place.repo, tree_sha: sha });
  return res.data.tree.map((t) => ({ path: t.path ?? '', type: t.type ?? '', sha: t.sha ?? '', size: t.size }));
}

/** The head commit's tree, and the record files of each model directory asked for (sorted by name). */
async function listing(
  octokit: Octokit,
  place: HistoryPlace,
  head: string,
  dirs: readonly string[]
): Promise<{ tree: string; files: Map<string, TreeItem[]> }> {
  const commit = await octokit.rest.git.getCommit({ owner: place.owner, repo: place.repo, commit_sha: head });
  const root = await treeOf(octokit, place, commit.data.tree.sha);
  const files = new Map<string, TreeItem[]>();
  await Promise.all(
    [...new Set(dirs)].map(async (dir) => {
      const entry = root.find((t) => t.path === dir && t.type === 'tree');
      const items = entry ? await treeOf(octokit, place, entry.sha) : [];
      files.set(
        dir,
        items.filter((t) => t.type === 'blob').sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      );
    })
  );
  return { tree: commit.data.tree.sha, files };
}

/**
 * The last `last` records of each model, oldest first. A file that is not a record (unparsable,
 * too large, of another model, oddly named) is skipped and named in `skipped`.
 */
export async function readHistory(octokit: Octokit, place: HistoryPlace, models: readonly string[], last: number): Promise<HistoryRead> {
  const head = await headOf(octokit, place);
  if (!head) return { exists: false, records: new Map(), skipped: [] };
  const dirs = models.map(modelDirectory);
  const { files } = await listing(octokit, place, head, dirs);
  const skipped: string[] = [];
  const records = new Map<string, HistoryRecord[]>();
  for (const model of models) {
    const dir = modelDirectory(model);
    const named = files.get(dir)!.filter((f) => {
      if (RECORD_NAME.test(f.path)) return true;
      skipped.push(`${forLog(`${dir}/${f.path}`, 200)} is not named like a record`);
      return false;
    });
    const wanted = named.slice(-last);
    const texts = await fetchBlobs(octokit, place, wanted);
    const list: HistoryRecord[] = [];
    for (const [i, f] of wanted.entries()) {
      const shown = forLog(`${dir}/${f.path}`, 200);
      const text = texts[i];
      if (text === undefined) {
        skipped.push(`${shown} is larger than ${MAX_RECORD_BYTES} bytes`);
        continue;
      }
      const r = parseRecord(text);
      if (typeof r === 'string') skipped.push(`${shown} ${forLog(r, 300)}`);
      else if (modelDirectory(r.model) !== dir) skipped.push(`${shown} is a record of another model`);
      else list.push(r);
    }
    records.set(model, list);
  }
  return { exists: true, records, skipped };
}

async function fetchBlobs(octokit: Octokit, place: HistoryPlace, items: readonly TreeItem[]): Promise<(string | undefined)[]> {
  const out: (string | undefined)[] = new Array<string | undefined>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      const item = items[i]!;
      if ((item.size ?? 0) > MAX_RECORD_BYTES) continue;
      const blob = await octokit.rest.git.getBlob({ owner: place.owner, repo: place.repo, file_sha: item.sha });
      const text = Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
      out[i] = text.length > MAX_RECORD_BYTES ? undefined : text;
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, items.length) }, worker));
  return out;
}

export interface Appended {
  readonly commit: string;
  /** Records dropped by the cap, per model directory. */
  readonly dropped: number;
  /** Attempts it took (1 unless another writer moved the branch meanwhile). */
  readonly attempts: number;
  readonly created: boolean;
}

/**
 * Append records (one per model of this run) in one commit, dropping each model's oldest records
 * beyond `limit` in the same commit. A ref update that loses the race (422, not a fast-forward;
 * or the branch created meanwhile) is retried on the new head, up to WRITE_ATTEMPTS times.
 */
export async function appendHistory(
  octokit: Octokit,
  place: HistoryPlace,
  records: readonly HistoryRecord[],
  limit: number,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms))
): Promise<Appended> {
  const { owner, repo } = place;
  const added = records.map((r) => ({ path: recordPath(r), content: `${JSON.stringify(r)}\n` }));
  const message = `history: ${records.map((r) => `${r.model} ${r.totals.passed}/${r.totals.total}`).join(', ')} (run ${records[0]?.runId ?? '?'})`;
  for (let attempt = 1; ; attempt++) {
    const head = await headOf(octokit, place);
    const dropped: string[] = [];
    let baseTree: string | undefined;
    if (head) {
      const { tree, files } = await listing(
        octokit,
        place,
        head,
        records.map((r) => modelDirectory(r.model))
      );
      baseTree = tree;
      for (const [dir, items] of files) {
        const mine = new Set(added.filter((a) => a.path.startsWith(`${dir}/`)).map((a) => a.path.slice(dir.length + 1)));
        const kept = items.filter((i) => !mine.has(i.path));
        const over = kept.length + mine.size - limit;
        if (over > 0) dropped.push(...kept.slice(0, over).map((i) => `${dir}/${i.path}`));
      }
    }
    const tree = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: baseTree,
      tree: [
        ...added.map((a) => ({ path: a.path, mode: '100644' as const, type: 'blob' as const, content: a.content })),
        ...dropped.map((path) => ({ path, mode: '100644' as const, type: 'blob' as const, sha: null }))
      ]
    });
    const commit = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: dropped.length ? `${message}; ${dropped.length} oldest dropped` : message,
      tree: tree.data.sha,
      parents: head ? [head] : []
    });
    try {
      if (head) await octokit.rest.git.updateRef({ owner, repo, ref: `heads/${place.branch}`, sha: commit.data.sha, force: false });
      else await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${place.branch}`, sha: commit.data.sha });
      return { commit: commit.data.sha, dropped: dropped.length, attempts: attempt, created: !head };
    } catch (e) {
      // Lost the race: another writer moved (or created) the branch since we read it.
      const status = statusOf(e);
      if ((status !== 422 && status !== 409) || attempt >= WRITE_ATTEMPTS) throw e;
      await sleep(50 * attempt + Math.floor(Math.random() * 100));
    }
  }
}
