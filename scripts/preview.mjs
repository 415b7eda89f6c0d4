// The built app served for a measurement on a port nobody else holds (other checks run their
// own previews beside this one, and a budget must never be read off someone else's build).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Starts `vite preview` of dist/; resolves once it answers, with its address and a stop(). */
export async function startPreview() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--bypass-lock'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  let exited = false;
  server.on('exit', () => {
    exited = true;
  });
  // npx starts vite as a child: end the whole group, or a stale server keeps the port.
  const stop = () => {
    if (!exited) process.kill(-server.pid);
  };
  for (let i = 0; i < 150 && !exited; i++) {
    try {
      await fetch(base);
      return { base, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  stop();
  throw new Error(`vite preview could not start on port ${port}.`);
}
