// `npm start`: builds the extension and serves a real VS Code on this machine
// with it loaded as a development extension and examples/ open, for trying
// the extension by hand in any browser. Runs until Ctrl-C. Workspace trust is
// on, as for every user: examples/ opens in Restricted Mode, a user's first
// view (the extension declares it works there).
//
// Environment: PORT (default: a free port).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureVsCode, freePort, root, startServer, workbenchUrl } from './vscode-web.mjs';

const EXAMPLES = join(root, 'examples');

function parsePort(value) {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number (1-65535), not "${value}".`);
  return port;
}

async function main() {
  const port = parsePort(process.env.PORT) ?? (await freePort());
  // The build is incremental enough that always running it beats guessing
  // whether dist/ is stale.
  const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('The build failed (see above).');

  const server = await startServer({ ...(await ensureVsCode()), port, trust: true });
  const url = workbenchUrl(server, EXAMPLES);
  console.log(
    `\nPOC Readiness is running in VS Code at:\n\n  ${url}\n\n` +
      'Open it in a browser on this machine (the server listens on 127.0.0.1 only; forward the port to use it from elsewhere).\n' +
      'The folder opens in Restricted Mode, as a freshly cloned one does for a user; "Manage" in the banner trusts it.\n' +
      'After changing the source, run `npm run build` and reload the page. Press Ctrl-C to stop.\n',
  );

  let stopping = false;
  const stop = async (signal) => {
    stopping = true;
    console.log(`\n${signal}: stopping the VS Code server.`);
    await server.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const reason = await server.exit;
  if (stopping) return;
  await server.stop();
  throw new Error(`The VS Code server ${reason}. Its output:\n${server.output()}`);
}

main().catch((error) => {
  console.error(`npm start: ${error.message}`);
  process.exit(1);
});
