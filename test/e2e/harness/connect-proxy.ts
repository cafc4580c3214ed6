// A logging HTTP proxy for Firefox network tests: Firefox sends every request of every context through
// it (pages, frames, extension pages and background, and Firefox's own services), as a CONNECT tunnel
// for https. Tunnels to the hosts a test serves go on to the fixture server; anything else is refused
// and logged, so nothing reaches the internet and every destination is seen.
import { createServer, type IncomingMessage } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export interface ProxiedRequest {
  /** "CONNECT" (an https tunnel) or the method of a plain http request. */
  method: string;
  host: string;
  /** Whether it went on to the fixture server. */
  allowed: boolean;
}

export interface ConnectProxy {
  port: number;
  /** Every tunnel and plain request, oldest first. */
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

export async function startConnectProxy(options: { hosts: string[]; fixturePort: number }): Promise<ConnectProxy> {
  const served = new Set(options.hosts);
  const requests: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', host: (req.headers.host ?? '').replace(/:\d+$/, ''), allowed: false });
    res.writeHead(403).end();
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const host = (req.url ?? '').replace(/:\d+$/, '').toLowerCase();
    const allowed = served.has(host);
    requests.push({ method: 'CONNECT', host, allowed });
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    if (!allowed) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(options.fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
