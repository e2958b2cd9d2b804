import { GatewayError } from '../../src/errors.js';
import { describeDetail, excerpt, parseErrorBody } from '../../src/gateway/error-body.js';

describe('gateway error bodies', () => {
  test('OpenAI shape', () => {
    const d = parseErrorBody('{"error":{"message":"Invalid API key","type":"invalid_request_error","code":"invalid_api_key"}}')!;
    expect(describeDetail(d)).toBe('invalid_api_key (invalid_request_error): Invalid API key');
  });

  test('Ark shape, with the parameter at fault', () => {
    const d = parseErrorBody(
      '{"error":{"code":"InvalidParameter","message":"ttl out of range. Request id: 0217","param":"ttl","type":"BadRequest"}}'
    )!;
    expect(describeDetail(d)).toBe('InvalidParameter (BadRequest, param ttl): ttl out of range. Request id: 0217');
  });

  test('Google shape: the status name, not the number', () => {
    const d = parseErrorBody(
      '{"error":{"code":400,"message":"Cached content is too small. total_token_count=416, min_total_token_count=4096","status":"INVALID_ARGUMENT"}}'
    )!;
    expect(describeDetail(d)).toBe('INVALID_ARGUMENT: Cached content is too small. total_token_count=416, min_total_token_count=4096');
  });

  test('a bare string error or top-level message', () => {
    expect(parseErrorBody('{"error":"quota exceeded"}')).toEqual({ message: 'quota exceeded' });
    expect(parseErrorBody('{"message":"upstream timeout"}')).toEqual({ message: 'upstream timeout' });
  });

  test('non-JSON bodies are not details; their excerpt is one short line without tags', () => {
    const html =
      '<html><head><title>502 Bad Gateway</title><style>body{}</style></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
    expect(parseErrorBody(html)).toBeUndefined();
    expect(excerpt(html)).toBe('502 Bad Gateway 502 Bad Gateway nginx');
    expect(excerpt('x'.repeat(500))).toHaveLength(200);
    expect(excerpt('')).toBe('(empty body)');
  });

  test('a message that ends a sentence is not given a second period before the hint', () => {
    expect(new GatewayError(401, 'HTTP 401: Invalid key.', 'Check api-key').describe()).toBe('HTTP 401: Invalid key. Check api-key');
    expect(new GatewayError(401, 'HTTP 401: Invalid key', 'Check api-key').describe()).toBe('HTTP 401: Invalid key. Check api-key');
  });
});

test('the gateway’s words are escaped for the log: no workflow command, no line break, bounded', () => {
  const d = parseErrorBody(JSON.stringify({ error: { message: 'busy ##[stop-commands]x\n::add-mask::y', code: '::error::x' } }))!;
  expect(describeDetail(d)).toBe(': :error::x: busy ## [stop-commands]x ::add-mask::y');
  expect(excerpt('<p>##[stop-commands]tok</p>')).toBe('## [stop-commands]tok');
  expect(describeDetail({ message: 'x'.repeat(10_000) }).length).toBeLessThanOrEqual(500);
});

describe('hostile error pages', () => {
  test('a page of unclosed <script and < tags costs linear time to strip (ratio of sizes)', async () => {
    const { stripTags } = await import('../../src/gateway/error-body.js');
    const { costRatio } = await import('../helpers/linear.js');
    const page = (n: number) => '<script <style <x '.repeat(n / 18) + '<'.repeat(n / 2);
    // 4× the input: linear is ~4, quadratic ~16.
    expect(await costRatio((n) => stripTags(page(n)), 200_000)).toBeLessThan(8);
  });

  test('an excerpt looks at the first 64 KiB only, and still drops closed scripts and tags', async () => {
    const { EXCERPT_SCAN } = await import('../../src/gateway/error-body.js');
    expect(excerpt(`<p>Bad</p><script>var x = 1</script><style>p{}</style> gateway ${'<script '.repeat(200_000)}`)).toBe(
      `Bad gateway ${'<script '.repeat(30)}`.slice(0, 199) + '…'
    );
    expect(excerpt('a'.repeat(EXCERPT_SCAN) + 'SECRET-TAIL', 1e6)).not.toContain('SECRET-TAIL');
    expect(excerpt('1 < 2 <> 3 <>')).toBe('1 3 <>');
  });
});
