// Installs the workspace's dependencies exactly as the lockfile says.
// better-sqlite3 compiles from source where its prebuilt binary cannot be downloaded; node-gyp
// then needs Node's headers, which it would also try to download. When this Node installation
// ships its own headers (Debian's nodejs does, under /usr/include/node), point node-gyp at them:
// pnpm does not pass npm's `nodedir` setting on to build scripts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const env = { ...process.env };
function headersMatch(prefix) {
  const header = path.join(prefix, 'include', 'node', 'node_version.h');
  if (!fs.existsSync(header)) return false;
  const text = fs.readFileSync(header, 'utf8');
  const part = (name) => text.match(new RegExp(`#define NODE_${name}_VERSION (\\d+)`))?.[1];
  return `v${part('MAJOR')}.${part('MINOR')}.${part('PATCH')}` === process.version;
}
if (!env.npm_config_nodedir) {
  const prefixes = [path.dirname(path.dirname(process.execPath)), process.config.variables.node_prefix];
  const local = prefixes.find((p) => p && headersMatch(p));
  if (local) env.npm_config_nodedir = local;
}
const frozen = process.argv.includes('--no-frozen') ? [] : ['--frozen-lockfile'];
const result = spawnSync('pnpm', ['install', ...frozen], { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
