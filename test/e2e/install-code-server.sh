#!/usr/bin/env bash
# Installs code-server (the web/remote build of VS Code) from the npm registry into the git-ignored
# .cache/code-server folder of this repository, without any download from GitHub. Used by test/e2e/launch.mjs.
#
#   test/e2e/install-code-server.sh            install if not installed yet (a marker file makes reruns instant)
#   test/e2e/install-code-server.sh --force    wipe and reinstall
#
# Env: CODE_SERVER_VERSION (default 4.96.4 = VS Code 1.96.4), CODE_SERVER_DIR (default <repo>/.cache/code-server).
# Prints the path of the code-server executable as the LAST line of stdout; progress goes to stderr.
#
# Needs Node 20 (code-server 4.96 runs only on Node 20), a C/C++ toolchain, python3, and the Debian packages
#   ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config build-essential
#
# Why `npm install code-server` alone does not work on a box that reaches only the npm registry and apt:
#  - as root, code-server's postinstall refuses to run unless npm_config_unsafe_perm is set;
#  - lib/vscode/npm-shrinkwrap.json resolves @vscode/proxy-agent from a GitHub git URL; the registry
#    tarball of the same version has the same integrity hash, so the lockfile is pointed at the registry;
#  - @vscode/ripgrep's install script fetches rg from the GitHub API, so scripts are skipped and the
#    Debian rg binary is put where that package expects it; the native modules are then rebuilt one by one;
#  - node-gyp would download Node headers; the headers shipped next to the running node are used instead.
set -euo pipefail

force=0
[ "${1:-}" = "--force" ] && force=1

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
version="${CODE_SERVER_VERSION:-4.96.4}"
dest="${CODE_SERVER_DIR:-$repo/.cache/code-server}"
marker="$dest/.installed-$version"
bin="$dest/node_modules/code-server/out/node/entry.js"

say() { printf '[install-code-server] %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

if [ "$force" = 0 ] && [ -f "$marker" ] && [ -f "$bin" ]; then
  say "code-server $version already installed in $dest"
  echo "$dest/node_modules/.bin/code-server"
  exit 0
fi

# ---- preflight: fail early with a readable message instead of deep inside node-gyp ----
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = 20 ] || die "code-server $version needs Node 20, found $(node --version)"
missing=()
for tool in rg python3 make g++ pkg-config; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
for pc in krb5-gssapi x11 xkbfile libsecret-1; do
  pkg-config --exists "$pc" 2>/dev/null || missing+=("pkg-config:$pc")
done
if [ "${#missing[@]}" -gt 0 ]; then
  die "missing: ${missing[*]} (apt-get install -y ripgrep libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config build-essential python3)"
fi

mkdir -p "$(dirname "$dest")"
# One installer at a time (two parallel test runs in one checkout would otherwise fight over the folder).
exec 9>"$(dirname "$dest")/.code-server-install.lock"
flock -w 900 9 || die "timed out waiting for another install to finish"
if [ "$force" = 0 ] && [ -f "$marker" ] && [ -f "$bin" ]; then
  say "code-server $version was installed by a concurrent run"
  echo "$dest/node_modules/.bin/code-server"
  exit 0
fi

started=$SECONDS
say "installing code-server $version into $dest (takes a few minutes)"
rm -rf "$dest"
mkdir -p "$dest"
cd "$dest"
printf '{ "name": "code-server-e2e-host", "private": true }\n' > package.json

# npm settings for this script only (not written to any npmrc)
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false npm_config_yes=true
export npm_config_unsafe_perm=true       # code-server's postinstall check when running as root
node_prefix="$(node -p 'require("path").resolve(process.execPath, "..", "..")')"
if [ -f "$node_prefix/include/node/node.h" ]; then
  export npm_config_nodedir="$node_prefix"   # node-gyp: use local headers, no download from nodejs.org
else
  say "warning: no Node headers in $node_prefix/include/node; node-gyp will try to download them"
fi

npm install --no-save --ignore-scripts "code-server@$version" >&2
npm rebuild argon2 --foreground-scripts >&2

vs="$dest/node_modules/code-server/lib/vscode"
cd "$vs"
# Point every git-hosted dependency of the VS Code lockfile at the registry tarball of the same version.
node - <<'NODE' >&2
const fs = require('fs');
const file = 'npm-shrinkwrap.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
let changed = 0;
for (const [key, entry] of Object.entries(lock.packages || {})) {
  if (!key || typeof entry.resolved !== 'string' || !entry.resolved.startsWith('git')) continue;
  const name = entry.name || key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const base = name.includes('/') ? name.split('/')[1] : name;
  entry.resolved = `https://registry.npmjs.org/${name}/-/${base}-${entry.version}.tgz`;
  console.log(`lockfile: ${name}@${entry.version} -> ${entry.resolved}`);
  changed++;
}
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
if (JSON.stringify(lock).includes('git+ssh')) { console.error('git dependencies left in ' + file); process.exit(1); }
console.log(`lockfile: ${changed} git dependencies redirected`);
NODE
npm install --omit=dev --ignore-scripts >&2
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm rebuild kerberos @parcel/watcher node-pty @vscode/deviceid @vscode/spdlog native-watchdog --foreground-scripts >&2

# What code-server's own postinstall would have done after the VS Code dependencies.
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev >&2)   # the built-in extensions' own dependencies (typescript etc.)

cd "$dest"
# Even --version creates coder-logs under XDG_DATA_HOME; keep that out of $HOME.
scratch="$(mktemp -d)"
reported="$(HOME="$scratch" XDG_DATA_HOME="$scratch" XDG_CONFIG_HOME="$scratch" XDG_CACHE_HOME="$scratch" \
  node_modules/.bin/code-server --config /dev/null --version 2>/dev/null | head -1)"
rm -rf "$scratch"
case "$reported" in
  "$version "*) ;;
  *) die "installed code-server reports '$reported', expected $version" ;;
esac
: > "$marker"
say "done in $((SECONDS - started)) s: $reported"
echo "$dest/node_modules/.bin/code-server"
