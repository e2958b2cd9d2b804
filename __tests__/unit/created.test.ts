// Issue 7, items 6 and 7: a 2xx create answer read as hostile. The id is masked before anything
// else happens, then checked; odd optional fields are set aside with a note, never fatal (the
// cache exists once the gateway said 2xx with an id); no error quotes a 2xx body.
import { GatewayError } from '../../src/errors.js';
import { MAX_ID_BYTES, readCreated, TTL_RANGE } from '../../src/gateway/create.js';
import { usageNumbers } from '../../src/gateway/usage.js';

const URL_ = 'https://gateway.example/v1/context/create';
const ID = 'ctx-20260101000000-12345';

function read(body: unknown, status = 200) {
  const masked: string[] = [];
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  try {
    return { masked, created: readCreated({ status, headers: {}, body: text }, URL_, (id) => void masked.push(id)) };
  } catch (e) {
    return { masked, error: e as GatewayError };
  }
}

describe('a created cache is not reported as "not created" (item 6)', () => {
  test.each([
    ['usage: null', { usage: null }, 'usage'],
    ['mode: null', { mode: null }, 'mode'],
    ['ttl: null', { ttl: null }, 'ttl']
  ])('%s is read as absent, with a debug note, and the cache is kept', (_what, extra, field) => {
    const { created, masked, error } = read({ id: ID, ...extra });
    expect(error).toBeUndefined();
    expect(created!.id).toBe(ID);
    expect(created![field as 'usage']).toBeUndefined();
    expect(created!.notes).toEqual([{ level: 'debug', message: `the gateway sent ${field} as null; read as absent` }]);
    expect(masked).toEqual([ID]);
  });

  test('"ttl": "3600" (a string) is read as 3600', () => {
    const { created } = read({ id: ID, ttl: '3600' });
    expect(created!.ttl).toBe(3600);
    expect(created!.notes[0]).toMatchObject({ level: 'debug' });
  });

  test('every string id is masked the moment it appears, even when the answer is then refused', () => {
    const spaced = read({ id: 'ctx 1 with spaces' });
    expect(spaced.masked).toEqual(['ctx 1 with spaces']);
    expect(spaced.error).toBeInstanceOf(GatewayError);
    expect(spaced.error!.message).not.toContain('ctx 1');
    // Trimmed before masking: the runner masks a trailing-newline id's lines one by one otherwise.
    expect(read({ id: `${ID}\n` }).masked).toEqual([ID]);
    expect(read({ id: `${ID}\n` }).created!.id).toBe(ID);
  });

  test('no error quotes a 2xx body: not JSON, no id, an id of the wrong type', () => {
    const notJson = read(`OK ${ID}`);
    expect(notJson.error!.message).toBe(`POST ${URL_} answered HTTP 200 with a body that is not JSON (27 bytes)`);
    const noId = read({ cache: ID, ttl: 3600 });
    expect(noId.error!.message).toBe(`POST ${URL_} answered HTTP 200 but with no cache id; it sent a JSON object without an id`);
    expect(read({ id: 12345 }).error!.message).toMatch(/it sent a JSON object whose id is a number$/);
    expect(read([ID]).error!.message).toMatch(/it sent a JSON array$/);
    for (const r of [notJson, noId]) expect(r.error!.describe()).not.toContain(ID);
  });

  test('an error-shaped 2xx without an id still says what the gateway said', () => {
    const r = read({ error: { message: 'model quota exhausted', type: 'insufficient_quota' } });
    expect(r.error!.message).toMatch(/no cache id; the gateway said: insufficient_quota: model quota exhausted$/);
    expect(r.error!.hint).toMatch(/The cache was not created/);
  });
});

describe('gateway values are checked before use (item 7)', () => {
  test(`an id over ${MAX_ID_BYTES} bytes is refused, never exported, and not quoted`, () => {
    const long = `ctx-${'a'.repeat(1_000_000)}`;
    const r = read({ id: long, ttl: 3600 });
    expect(r.error).toBeInstanceOf(GatewayError);
    expect(r.error!.message).toBe(
      `POST ${URL_} answered HTTP 200 with a cache id this action cannot hand on: it is 1000004 bytes long (at most 1024)`
    );
    expect(r.error!.hint).toMatch(/may have created a cache anyway/);
    expect(read({ id: `ctx-${'a'.repeat(MAX_ID_BYTES - 4)}` }).created!.id).toHaveLength(MAX_ID_BYTES);
  });

  test.each([
    ['a line break inside', 'ctx-1\nPATH=/tmp/evil'],
    ['a tab', 'ctx-1\tx'],
    ['an escape character', 'ctx-1\u001b[31m'],
    ['a zero-width space', 'ctx-1\u200bx'],
    ['a no-break space', 'ctx-1\u00a0x']
  ])('an id with %s is refused', (_what, id) => {
    expect(read({ id }).error!.message).toMatch(
      /cannot hand on: it contains (whitespace or control characters|characters that are not printable)$/
    );
  });

  test.each([
    ['1e308', 1e308],
    ['a negative number', -5],
    ['a fraction', 3.5],
    ['zero', 0],
    ['over a year', TTL_RANGE[1] + 1],
    ['a word', 'forever'],
    ['an object', { seconds: 3600 }]
  ])('ttl %s is ignored with a warning; the cache is kept', (_what, ttl) => {
    const { created } = read({ id: ID, ttl });
    expect(created!.ttl).toBeUndefined();
    expect(created!.notes).toEqual([
      {
        level: 'warning',
        message: expect.stringMatching(/^The gateway's ttl \(.*\) is not a whole number of seconds from 1 to 31622400, so it is ignored/)
      }
    ]);
  });

  test('a mode other than session or common_prefix is ignored with a warning, and never quoted at length', () => {
    const html = read({ id: ID, mode: '<img src=x onerror=alert(1)>' });
    expect(html.created!.mode).toBeUndefined();
    expect(html.created!.notes[0]!.message).toBe(
      'The gateway reported mode a string of 28 characters, which is not session or common_prefix, so it is ignored: the mode output is empty.'
    );
    expect(read({ id: ID, mode: 'common_prefix' }).created!.mode).toBe('common_prefix');
  });

  test('usage nested 10,000 deep is kept to its numbers, a few levels deep', () => {
    const deep = `${'{"nested":'.repeat(10_000)}{"prompt_tokens":1}${'}'.repeat(10_000)}`;
    const body = `{"id":"${ID}","usage":{"prompt_tokens":4375,"prompt_tokens_details":{"cached_tokens":0},"x":${deep}}}`;
    const { created } = read(body);
    expect(created!.usage).toEqual({ prompt_tokens: 4375, prompt_tokens_details: { cached_tokens: 0 } });
    expect(() => JSON.stringify(created!.usage)).not.toThrow();
  });

  test('usage keeps finite numbers under plain keys only, at most 64 of them; "__proto__" stays data', () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    expect(Object.keys(usageNumbers(many))).toHaveLength(64);
    const odd = usageNumbers(JSON.parse('{"a":"1","b":null,"c":[1],"d e":1,"::x":2,"ok":3,"__proto__":{"polluted":1}}') as object);
    expect(JSON.stringify(odd)).toBe('{"ok":3,"__proto__":{"polluted":1}}');
    expect(Object.getPrototypeOf(odd)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
