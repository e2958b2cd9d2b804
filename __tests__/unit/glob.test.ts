import { PromptError } from '../../src/errors.js';
import { compileGlob, isGlob } from '../../src/prompt/glob.js';

describe('glob patterns', () => {
  test('isGlob', () => {
    expect(['*.md', 'a/?.md', 'a/[ab].md', '**/x'].every(isGlob)).toBe(true);
    expect(['a/b.md', 'prompts/system.prompt.yml'].some(isGlob)).toBe(false);
  });

  test.each([
    ['prompts/*.md', ['prompts/a.md', 'prompts/.md'], ['prompts/a.txt', 'prompts/sub/a.md', 'a.md']],
    ['prompts/**/*.md', ['prompts/a.md', 'prompts/x/a.md', 'prompts/x/y/a.md'], ['prompts/a.txt', 'other/a.md']],
    ['**/*.json', ['a.json', 'x/y/a.json'], ['a.jsonl']],
    ['p/?.md', ['p/a.md'], ['p/ab.md', 'p/.md']],
    ['p/[ab].md', ['p/a.md', 'p/b.md'], ['p/c.md']],
    ['p/[!ab].md', ['p/c.md'], ['p/a.md']],
    ['p/a+b (1).md', ['p/a+b (1).md'], ['p/aab (1).md']],
    ['p/**', ['p/a', 'p/x/y'], ['q/a']],
    ['p/a[b/c]', ['p/a[b/c]'], ['p/ab']],
    ['p/*a*b*', ['p/xaybz', 'p/ab'], ['p/ba']],
    ['./p/x.md', ['p/x.md'], ['x.md']]
  ])('%s', (pattern, yes, no) => {
    const matches = compileGlob(pattern);
    for (const p of yes) expect([p, matches(p)]).toEqual([p, true]);
    for (const p of no) expect([p, matches(p)]).toEqual([p, false]);
  });

  test('an out-of-order range is a prompt error', () => {
    expect(() => compileGlob('p/[z-a].md')).toThrow(PromptError);
  });

  test('no exponential backtracking: many stars against a long name stay fast', () => {
    const matches = compileGlob(`${'*a'.repeat(30)}z`);
    const started = performance.now();
    expect(matches('a'.repeat(200))).toBe(false);
    expect(matches(`${'a'.repeat(60)}z`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
