import net from "node:net";

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "0.0.0.0", exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A free port in [from, to], starting at a random place so parallel runs rarely collide. */
export async function freePort(from: number, to: number): Promise<number> {
  const size = to - from + 1;
  const start = Math.floor(Math.random() * size);
  for (let i = 0; i < size; i++) {
    const port = from + ((start + i) % size);
    if (await isFree(port)) return port;
  }
  throw new Error(`No free port between ${from} and ${to}. Set E2E_PORT to a free port.`);
}
