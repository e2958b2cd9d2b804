// Which report is which: the default comment key tells steps and matrix legs apart, and the run's
// identity (commit, run link) is read from the runner's environment and the event, shape-checked.
import { defaultCommentKey, marker, matrixKey } from '../../src/github/comment.js';
import { runIdentity } from '../../src/github/run-info.js';

const env = { GITHUB_WORKFLOW: 'CI', GITHUB_JOB: 'eval', GITHUB_ACTION: 'eval-main' };

describe('defaultCommentKey', () => {
  it('differs by step, by any matrix value, and by model; stays put for the same leg', () => {
    const keys = [
      defaultCommentKey('m', env),
      defaultCommentKey('m', { ...env, GITHUB_ACTION: 'eval-judge' }),
      defaultCommentKey('m', env, matrixKey('{"os":"linux","prompt":"a"}')),
      defaultCommentKey('m', env, matrixKey('{"os":"linux","prompt":"b"}')),
      defaultCommentKey('other', env)
    ];
    expect(new Set(keys.map(marker)).size).toBe(keys.length);
    expect(defaultCommentKey('m', env, matrixKey('{"b":1,"a":2}'))).toBe(defaultCommentKey('m', env, matrixKey('{"a":2,"b":1}')));
  });

  it('reads no matrix, or an unexpanded expression, as none', () => {
    expect(matrixKey('null')).toBe('');
    expect(matrixKey('')).toBe('');
    expect(matrixKey('${{ toJSON(matrix) }}')).toBe('');
  });
});

describe('runIdentity', () => {
  const base = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2' };

  it('names the pull request head, not the merge commit, and links the run with its attempt', () => {
    const id = runIdentity({ ...base, GITHUB_SHA: 'f'.repeat(40) }, { pull_request: { head: { sha: 'A'.repeat(40) } } });
    expect(id).toEqual({
      commit: 'a'.repeat(40),
      runUrl: 'https://github.com/o/r/actions/runs/123/attempts/2',
      runId: '123',
      attempt: '2'
    });
    expect(runIdentity({ ...base, GITHUB_SHA: 'f'.repeat(40) }, {}).commit).toBe('f'.repeat(40));
  });

  it('leaves out what does not look right rather than link to it', () => {
    const id = runIdentity({ ...base, GITHUB_SERVER_URL: 'javascript:alert(1)//', GITHUB_SHA: 'not a sha' }, undefined);
    expect(id.runUrl).toBeUndefined();
    expect(id.commit).toBeUndefined();
    expect(runIdentity({ ...base, GITHUB_REPOSITORY: 'o/r)[x](y' }, undefined).runUrl).toBeUndefined();
  });
});
