// The transport for a direct connection: node's own http/https. It is the cheapest client to
// load (see README, "Start-up cost"), never follows redirects, and bounds time and body size.
import type { Agent, IncomingMessage } from 'node:http';
import { connectionError, timeoutError, tooLargeError, type HttpRequest, type HttpResponse, type Transport } from './http.js';

/** One request per attempt, no pooled socket: nothing keeps the process alive after it. */
export const directTransport: Transport = (req) => post(req, () => Promise.resolve(false));

export interface KeepAlive {
  /** Connections open at once to the gateway; requests beyond wait for a free one. */
  readonly maxSockets: number;
}

/**
 * A transport that reuses connections (many calls to one gateway, e.g. evaluations): one
 * keep-alive agent per protocol, created on first use. close() destroys its sockets, so the
 * process can exit at once.
 */
export function keepAliveTransport(options: KeepAlive): { transport: Transport; close: () => Promise<void> } {
  // Promises, so requests that start together share the agent the first of them creates.
  const agents = new Map<string, Promise<Agent>>();
  const agentFor = (protocol: string): Promise<Agent> => {
    let agent = agents.get(protocol);
    if (!agent) {
      agent = (protocol === 'https:' ? import('node:https') : import('node:http')).then(
        ({ Agent: Made }) => new Made({ keepAlive: true, maxSockets: options.maxSockets })
      );
      agents.set(protocol, agent);
    }
    return agent;
  };
  return {
    transport: (req) => post(req, agentFor),
    close: async () => {
      for (const agent of agents.values()) (await agent).destroy();
      agents.clear();
    }
  };
}

type Request = typeof import('node:http').request;
const requestFns = new Map<string, Promise<Request>>();

/**
 * Load only the protocol's module: https pulls in tls, which a loopback http run never needs. Once
 * per protocol: the bundle makes a new namespace object at every import(), which a run of
 * thousands of calls would pay for in garbage.
 */
function requestFor(protocol: string): Promise<Request> {
  let fn = requestFns.get(protocol);
  if (!fn) {
    fn = (protocol === 'https:' ? import('node:https') : import('node:http')).then((m) => m.request);
    requestFns.set(protocol, fn);
  }
  return fn;
}

async function post(req: HttpRequest, agentFor: (protocol: string) => Promise<Agent | false>): Promise<HttpResponse> {
  const url = new URL(req.url);
  const request = await requestFor(url.protocol);
  const agent = await agentFor(url.protocol);
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
        agent
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
