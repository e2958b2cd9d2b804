// Picks the transport: direct unless the environment names a proxy. The proxy client (undici)
// costs ~100 ms to load, so only runners that need it pay for it.
import { directTransport, keepAliveTransport, type KeepAlive } from './direct.js';
import type { Transport } from './http.js';

function proxyConfigured(env: NodeJS.ProcessEnv): boolean {
  return ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((name) => (env[name] ?? '').trim() !== '');
}

export interface ChosenTransport {
  readonly transport: Transport;
  /** How requests travel, for the log. */
  readonly via: string;
  /** Ends pooled connections so the process can exit at once; call it when done. */
  readonly close: () => Promise<void>;
}

/**
 * Without keepAlive, each request has a connection of its own (the create call: one request).
 * With it, connections are reused across requests, at most maxSockets at once.
 */
export async function chooseTransport(
  env: NodeJS.ProcessEnv = process.env,
  options: { keepAlive?: KeepAlive } = {}
): Promise<ChosenTransport> {
  if (proxyConfigured(env)) {
    const { proxiedTransport } = await import('./proxied.js');
    const { transport, close } = proxiedTransport({ maxSockets: options.keepAlive?.maxSockets });
    return { transport, via: 'proxy from HTTPS_PROXY/HTTP_PROXY (NO_PROXY honoured)', close };
  }
  if (options.keepAlive) {
    const { transport, close } = keepAliveTransport(options.keepAlive);
    return { transport, via: `direct, keep-alive (at most ${options.keepAlive.maxSockets} connections)`, close };
  }
  return { transport: directTransport, via: 'direct', close: async () => {} };
}
