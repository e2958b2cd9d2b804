// The transport for a direct connection: node's own http/https. It is the cheapest client to
// load (see README, "Start-up cost"), never follows redirects, and bounds time and body size.
import type { IncomingMessage } from 'node:http';
import { connectionError, timeoutError, tooLargeError, type HttpRequest, type HttpResponse } from './http.js';

export async function directTransport(req: HttpRequest): Promise<HttpResponse> {
  const url = new URL(req.url);
  // Load only the protocol's module: https pulls in tls, which a loopback http run never needs.
  const { request } = url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise<HttpResponse>((resolve, reject) => {
    let status: number | undefined; // once the response's headers are in
    let settled = false;
    const finish = (err: Error | undefined, res?: HttpResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) {
        outgoing.destroy();
        reject(err);
      } else resolve(res!);
    };
    const timer = setTimeout(() => finish(timeoutError(req.url, req.timeoutMs, status)), req.timeoutMs);

    const outgoing = request(
      url,
      {
        method: 'POST',
        headers: { ...req.headers, 'Content-Length': String(Buffer.byteLength(req.body)) },
        agent: false // one request per attempt; no pooled socket keeps the process alive
      },
      (res: IncomingMessage) => {
        status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > req.maxResponseBytes) return finish(tooLargeError(req.url, req.maxResponseBytes));
          chunks.push(chunk);
        });
        res.on('end', () =>
          finish(undefined, { status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') })
        );
        res.on('error', (e) => finish(connectionError(e, req.url, true)));
        res.on('aborted', () => finish(connectionError({ code: 'ECONNRESET' }, req.url, true)));
      }
    );
    outgoing.on('error', (e) => finish(connectionError(e, req.url, status !== undefined)));
    outgoing.end(req.body);
  });
}
