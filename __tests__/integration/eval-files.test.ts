// Report files are written where the workflow asked, and never through a link a pull request
// planted: not at the file's name, not at a directory on the way (real temp files, no mocks).
import { mkdir, mkdtemp, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeReportFile } from '../../src/files/report-files.js';

async function layout() {
  const root = await mkdtemp(join(tmpdir(), 'eval-files-'));
  const workspace = join(root, 'ws');
  const victim = join(root, 'victim');
  await mkdir(workspace);
  await mkdir(victim);
  return { workspace, victim };
}

describe('writeReportFile', () => {
  it('writes inside the workspace, creating the directory', async () => {
    const { workspace } = await layout();
    const path = await writeReportFile(join(workspace, 'out/deep'), 'r.json', '{}', workspace);
    expect(await readFile(path, 'utf8')).toBe('{}');
  });

  it('refuses a directory link that leads out of the workspace, before creating anything there', async () => {
    const { workspace, victim } = await layout();
    await symlink(victim, join(workspace, 'out'));
    await expect(writeReportFile(join(workspace, 'out/sub'), 'r.json', 'x', workspace)).rejects.toThrow(/leads out of the workspace/);
    expect(await readdir(victim)).toEqual([]);
  });

  it('refuses a link at the file’s own name', async () => {
    const { workspace, victim } = await layout();
    await writeFile(join(victim, 'target'), 'keep');
    await mkdir(join(workspace, 'out'));
    await symlink(join(victim, 'target'), join(workspace, 'out/r.json'));
    await expect(writeReportFile(join(workspace, 'out'), 'r.json', 'x', workspace)).rejects.toThrow(/symbolic link/);
    expect(await readFile(join(victim, 'target'), 'utf8')).toBe('keep');
  });

  it('a directory outside the workspace that the workflow chose is the workflow’s business', async () => {
    const { workspace, victim } = await layout();
    const path = await writeReportFile(join(victim, 'mine'), 'r.json', 'ok', workspace);
    expect(await readFile(path, 'utf8')).toBe('ok');
  });
});
