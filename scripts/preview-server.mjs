// `vite preview` on 127.0.0.1 of the built demo (or of another built site, such as
// storybook-static), for the end-to-end suite and Lighthouse.
import { spawn } from 'node:child_process';

/** Starts the server and resolves once it answers; refuses when another server holds the port. */
export async function startPreview(port, outDir) {
  const url = `http://127.0.0.1:${port}/`;
  const where = outDir ? ['exec', 'vite', 'preview', '--outDir', outDir] : ['--filter', 'checkout-demo', 'exec', 'vite', 'preview'];
  const server = spawn('pnpm', [...where, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    detached: true,
    stdio: 'ignore',
  });
  // Another server on the port (strictPort makes ours exit) would be tested instead: refuse.
  let exited = null;
  server.on('exit', (code) => {
    exited = code;
  });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {}
  };
  process.on('exit', stop);
  for (let i = 0; i < 100; i++) {
    if (exited !== null) throw new Error(`vite preview exited (${exited}): is port ${port} in use?`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`the demo did not start on ${url} (run \`pnpm --filter checkout-demo build\` first)`);
}
