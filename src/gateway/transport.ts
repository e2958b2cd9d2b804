// Picks the transport: direct unless the environment names a proxy. The proxy client (undici)
// costs ~100 ms to load, so only runners that need it pay for it.
import { directTransport } from './direct.js';
import type { Transport } from './http.js';

export function proxyConfigured(env: NodeJS.ProcessEnv): boolean {
  return ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((name) => (env[name] ?? '').trim() !== '');
}

export async function chooseTransport(
  env: NodeJS.ProcessEnv = process.env
): Promise<{ transport: Transport; via: string; close: () => Promise<void> }> {
  if (proxyConfigured(env)) {
    const { proxiedTransport, closeProxyAgent } = await import('./proxied.js');
    return { transport: proxiedTransport, via: 'proxy from HTTPS_PROXY/HTTP_PROXY (NO_PROXY honoured)', close: closeProxyAgent };
  }
  return { transport: directTransport, via: 'direct', close: async () => {} };
}
