// Report files (results JSON, JUnit XML, the single answer) written where the workflow can pick
// them up. The directory may be in the workspace, whose contents a pull request controls: a file
// is never written through a symbolic link planted there.
import { constants } from 'node:fs';
import { mkdir, open, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { forLog } from '../escape.js';
import { OutputError } from '../errors.js';
import { within } from './workspace.js';

/** The output directory: the input, else the runner's temporary directory (cleaned after the job). */
export function outputDirectory(input: string, workspace: string, env: NodeJS.ProcessEnv = process.env): string {
  if (input !== '') return resolve(workspace, input);
  return join(env['RUNNER_TEMP'] || tmpdir(), 'context-cache-eval');
}

/** A name part from untrusted text: letters, digits, `.`, `_` and `-` only, never empty. */
export function slug(text: string): string {
  return (
    text
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[.-]+/, '')
      .slice(0, 80) || 'x'
  );
}

/**
 * Write `text` (a string, or pieces) to dir/name, refusing to follow a link at that name, and, for a directory inside
 * the workspace, refusing one whose real path leaves it (a directory link planted by a pull request).
 */
export async function writeReportFile(dir: string, name: string, text: string | Iterable<string>, workspace?: string): Promise<string> {
  const path = join(dir, name);
  try {
    const guarded = workspace !== undefined && within(dir, workspace);
    // Checked before mkdir (which would create directories wherever a link points) and after.
    if (guarded) await stayInside(dir, workspace);
    await mkdir(dir, { recursive: true });
    if (guarded) await stayInside(dir, workspace);
    const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
    try {
      if (typeof text === 'string') await handle.writeFile(text, 'utf8');
      else {
        // Piece by piece, in writes of some 32 KiB: no file is ever one string in memory, and
        // each write's string stays small enough to die young (one over 128 KiB goes straight to
        // the old generation, and a report of tens of MB would pile them up until a full GC).
        let buffered: string[] = [];
        let size = 0;
        for (const piece of text) {
          buffered.push(piece);
          size += piece.length;
          if (size >= 32 * 1024) {
            await handle.write(buffered.join(''), null, 'utf8');
            buffered = [];
            size = 0;
          }
        }
        if (buffered.length) await handle.write(buffered.join(''), null, 'utf8');
      }
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (e instanceof OutputError) throw e;
    const code = (e as { code?: string }).code ?? 'error';
    throw new OutputError(
      `cannot write ${path} (${code === 'ELOOP' ? 'it is a symbolic link' : code})`,
      code === 'ELOOP' ? 'Remove the link, or set output-dir to a directory of your own' : 'Set output-dir to a writable directory'
    );
  }
  return path;
}

/** The real path of `dir` (or of its nearest existing ancestor) must stay in the workspace. */
async function stayInside(dir: string, workspace: string): Promise<void> {
  let probe = dir;
  let real: string | undefined;
  for (;;) {
    real = await realpath(probe).catch(() => undefined);
    if (real !== undefined || dirname(probe) === probe) break;
    probe = dirname(probe);
  }
  const root = await realpath(workspace).catch(() => workspace);
  if (real !== undefined && !within(real, root))
    throw new OutputError(
      `output-dir ${dir} leads out of the workspace (to ${forLog(real, 300)}) through a symbolic link`,
      'Remove the link, or set output-dir to a directory of your own (the default, the runner’s temporary directory, is safe)'
    );
}
