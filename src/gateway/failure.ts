// A response that is not a 2xx, said as one line a user can act on: method, URL, status, the
// gateway's own words (escaped, bounded) and a hint. Shared by every endpoint's client. Pure.
import { forLog } from '../escape.js';
import { GatewayError } from '../errors.js';
import { describeDetail, excerpt, parseErrorBody, type ErrorDetail } from './error-body.js';
import type { HttpResponse } from './http.js';
import { redactText, secretForms } from './redact.js';
import { parseRetryAfter } from './retry.js';

/**
 * The error detail of a body, each field with `secrets` cut out once more after parsing (a key
 * the gateway JSON-escaped inside a JSON message only shows once parsed), before any clipping.
 * The raw response should already have been through redactResponse.
 */
export function readDetail(body: string, secrets: readonly string[] = []): ErrorDetail | undefined {
  const detail = parseErrorBody(body);
  const forms = secrets.flatMap(secretForms).sort((a, b) => b.length - a.length);
  if (!detail || forms.length === 0) return detail;
  const clean = (v: string | undefined) => (v === undefined ? v : redactText(v, forms));
  return { code: clean(detail.code), type: clean(detail.type), message: clean(detail.message), param: clean(detail.param) };
}

/**
 * A non-2xx response (redirects included) → the GatewayError that describes it. `secrets` are
 * cut from the parsed error fields as well (see readDetail).
 */
export function describeFailure(res: HttpResponse, url: string, now: number = Date.now(), secrets: readonly string[] = []): GatewayError {
  const where = `POST ${url}`;
  if (res.status >= 300 && res.status < 400) {
    const location = [res.headers['location']].flat()[0];
    return new GatewayError(
      res.status,
      `${where} answered HTTP ${res.status}, a redirect to ${location === undefined ? '(no Location header)' : forLog(location, 300)}; it was not followed, so the key went nowhere else`,
      'Set base-url to the address the gateway really serves from'
    );
  }
  const detail = readDetail(res.body, secrets);
  const said = detail ? describeDetail(detail) : excerpt(res.body);
  const retryAfter = parseRetryAfter(res.headers['retry-after'], now);
  return new GatewayError(
    res.status,
    `${where} failed with HTTP ${res.status}: ${said}`,
    hintFor(res.status),
    retryAfter !== undefined ? retryAfter / 1000 : undefined
  );
}

function hintFor(status: number): string | undefined {
  switch (status) {
    case 401:
      return 'Check api-key: the gateway did not accept it (is the secret set, and for this gateway?)';
    case 403:
      return 'The key is valid but may not use this model or endpoint; check its permissions on the gateway';
    case 404:
      return 'Check model (is it one the gateway serves?) and base-url';
    case 413:
      return 'The prompt is too large for the gateway; trim it';
    case 429:
      return 'The gateway is rate-limiting this key; raise max-attempts or run fewer jobs at once';
    default:
      return status >= 500 ? 'The gateway had a problem; it was retried where safe. Try again later' : undefined;
  }
}
