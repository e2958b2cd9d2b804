// Real servers on 127.0.0.1 for the fault tests: a recording proxy, an https server with a
// self-signed certificate, a server that does not speak HTTP, and a plain recorder (where a
// redirect would send the key if it were followed).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProxy } from 'proxy';

export interface Running {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

async function listen(server: Server | NetServer, scheme: string): Promise<Running> {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${scheme}://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      })
  };
}

/** A forward proxy (the `proxy` package) that records `CONNECT host:port` and `METHOD url` lines. */
export async function startRecordingProxy(): Promise<Running & { seen: string[]; saw(hostPort: string): boolean }> {
  const seen: string[] = [];
  const proxy = createProxy(createHttpServer());
  proxy.on('connect', (req: IncomingMessage) => seen.push(`CONNECT ${req.url}`));
  proxy.on('request', (req: IncomingMessage) => seen.push(`${req.method} ${req.url}`));
  const running = await listen(proxy, 'http');
  // Whether anything for host:port went through the proxy (tests run side by side, each with its
  // own emulator, so the port tells whose traffic it was).
  const saw = (hostPort: string) => seen.some((s) => s === `CONNECT ${hostPort}` || s.includes(`//${hostPort}/`));
  return { ...running, seen, saw };
}

/** Records every request and answers 200 with a cache id: where a followed redirect would land. */
export async function startRecorder(): Promise<Running & { requests: { method: string; url: string; authorization?: string }[] }> {
  const requests: { method: string; url: string; authorization?: string }[] = [];
  const server = createHttpServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"ctx-stolen","ttl":3600}');
  });
  return { ...(await listen(server, 'http')), requests };
}

/**
 * An https server with a fresh self-signed certificate for 127.0.0.1 that answers like the
 * gateway (200, a cache id): a client that skipped verification would succeed against it.
 */
export async function startSelfSignedHttps(): Promise<Running & { requests: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'tls-'));
  execFileSync(
    '/usr/bin/openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem')
    ],
    { stdio: 'ignore' }
  );
  const state = { requests: 0 };
  const server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (req, res) => {
    state.requests++;
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"ctx-untrusted","ttl":3600}');
  });
  server.on('tlsClientError', () => {}); // the client refusing our certificate is the point
  rmSync(dir, { recursive: true, force: true });
  const running = await listen(server, 'https');
  return {
    ...running,
    get requests() {
      return state.requests;
    }
  };
}

/** Answers every connection with `bytes` (not HTTP) and closes it. */
export async function startNotHttp(bytes = 'SSH-2.0-OpenSSH_9.6\r\n\r\n'): Promise<Running & { connections: number }> {
  const state = { connections: 0 };
  const server = createNetServer((socket) => {
    state.connections++;
    socket.on('error', () => {});
    socket.end(bytes);
  });
  const running = await listen(server, 'http');
  return {
    ...running,
    get connections() {
      return state.connections;
    }
  };
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const s = await listen(createNetServer(), 'tcp');
  await s.close();
  return s.port;
}
