// Hands node-gyp this Node installation's own headers when it ships them (Debian's nodejs does,
// under /usr/include/node), so better-sqlite3 compiles from source on a machine that cannot
// download its prebuilt binary nor Node's headers. pnpm does not pass npm's `nodedir` setting on
// to build scripts, and its own install before `pnpm start` or `pnpm test` reads no script of
// ours: this hook is the one place every install, whoever starts it, goes through.
const fs = require('node:fs');
const path = require('node:path');

function headersMatch(prefix) {
  const header = path.join(prefix, 'include', 'node', 'node_version.h');
  if (!fs.existsSync(header)) return false;
  const text = fs.readFileSync(header, 'utf8');
  const part = (name) => text.match(new RegExp(`#define NODE_${name}_VERSION (\\d+)`))?.[1];
  return `v${part('MAJOR')}.${part('MINOR')}.${part('PATCH')}` === process.version;
}

function localNodeDir() {
  if (process.env.npm_config_nodedir) return null;
  const prefixes = [path.dirname(path.dirname(process.execPath)), process.config.variables.node_prefix];
  return prefixes.find((prefix) => prefix && headersMatch(prefix)) ?? null;
}

module.exports = {
  hooks: {
    updateConfig(config) {
      const nodedir = localNodeDir();
      if (!nodedir) return config;
      return { ...config, extraEnv: { ...config.extraEnv, npm_config_nodedir: nodedir } };
    },
  },
};
