// The transport behind an HTTP(S) proxy: undici's EnvHttpProxyAgent, which reads HTTPS_PROXY,
// HTTP_PROXY and NO_PROXY (either case) the way curl does, and pools its connections. Loaded
// only when a proxy is set.
import { EnvHttpProxyAgent, request } from 'undici';
import { connectionError, timeoutError, tooLargeError, type HttpRequest, type HttpResponse, type Transport } from './http.js';

/** A transport through the proxy the environment names; close() ends its pooled connections. */
export function proxiedTransport(options: { maxSockets?: number } = {}): { transport: Transport; close: () => Promise<void> } {
  let agent: EnvHttpProxyAgent | undefined;
  return {
    transport: (req) => post(req, (agent ??= new EnvHttpProxyAgent(options.maxSockets ? { connections: options.maxSockets } : {}))),
    close: async () => {
      await agent?.close();
      agent = undefined;
    }
  };
}

async function post(req: HttpRequest, agent: EnvHttpProxyAgent): Promise<HttpResponse> {
  const signal = AbortSignal.timeout(req.timeoutMs);
  let status: number | undefined; // once the response's headers are in
  try {
    // undici's request() does not follow redirects: a 3xx comes back as a response.
    const res = await request(req.url, {
      method: 'POST',
      headers: req.headers,
      body: req.body,
      dispatcher: agent,
      signal,
      headersTimeout: req.timeoutMs,
      bodyTimeout: req.timeoutMs
    });
    status = res.statusCode;
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > req.maxResponseBytes) {
        res.body.destroy();
        throw tooLargeError(req.url, req.maxResponseBytes);
      }
      chunks.push(chunk);
    }
    return { status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') };
  } catch (e) {
    if ((e as { code?: string }).code === 'ETOOLARGE') throw e;
    if (signal.aborted || /TIMEOUT/.test((e as { code?: string }).code ?? '')) throw timeoutError(req.url, req.timeoutMs, status);
    throw connectionError(e, req.url, status !== undefined);
  }
}
