#!/usr/bin/env bash
# Installs a real VS Code for the browser, offline: VS Code's own server and web workbench as shipped in the
# npm package code-server (pinned in scripts/vscode/toolchain/), plus Debian's Chromium to drive it.
#
# Only the npm registry and Debian's packages are reachable, so everything that would download from
# elsewhere is replaced: npm runs no install scripts; native modules are compiled against the local Node
# headers instead of fetching prebuilt binaries or headers; Debian's rg stands in for @vscode/ripgrep's
# download; code-server's postinstall.sh is redone by hand.
#
# Idempotent and cached: each install goes to a folder named by a hash of everything it depends on (this
# script, the lock file, the Node version), so a second run takes well under a second, and clones or
# worktrees with different versions of this script share the cache without pulling it from under each other.
#   PRIVACY_POLICY_VSCODE_DIR  the cache (default: $XDG_CACHE_HOME or ~/.cache, then privacy-policy/vscode-web)
#   SKIP_APT=1                 never call apt-get (then the Debian packages must be there already)
# Reports progress on stderr and prints the install folder on stdout; each step's log stays in its logs/.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CACHE=${PRIVACY_POLICY_VSCODE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/privacy-policy/vscode-web}
CACHE=$(realpath -m "$CACHE")
STARTED=$(date +%s)
step() { echo "vscode:install [$(($(date +%s) - STARTED))s] $*" >&2; }
fail() { echo "vscode:install: $*" >&2; exit 1; }

# ------------------------------------------------------------------------------------------------ Node
# code-server 4.100.x runs on Node 20 only, and its native modules are built for the Node that runs them.
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
[ "$NODE_MAJOR" = 20 ] || fail "the VS Code server from code-server 4.100 needs Node 20 (found $(node --version))"

# ------------------------------------------------------------------------------------------ Debian packages
# build-essential, python3, pkg-config: node-gyp; libkrb5-dev: the kerberos module; ripgrep: replaces the
# download of @vscode/ripgrep; chromium: the browser for the tests and the fonts it renders with.
APT_PACKAGES=(build-essential python3 pkg-config libkrb5-dev ripgrep chromium ca-certificates)
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ -z "${SKIP_APT:-}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # Other processes may hold the dpkg lock for a while: wait for it rather than fail.
    apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    fail "missing Debian packages: ${missing[*]} (install them: sudo apt-get install ${missing[*]})"
  fi
fi
for tool in rg g++ make python3; do command -v "$tool" >/dev/null || fail "missing $tool"; done

# ------------------------------------------------------------------------------------------ up to date?
# Everything the result depends on: a change of any of them installs afresh, into another folder.
KEY=$(
  {
    cat "$HERE/install.sh" "$HERE/toolchain/package.json" "$HERE/toolchain/package-lock.json"
    node -p 'process.version + " " + process.versions.modules + " " + process.arch'
  } | sha256sum | cut -c1-16
)
DIR="$CACHE/$KEY"
STAMP="$DIR/installed.stamp"
if [ -f "$STAMP" ]; then
  echo "vscode:install: up to date in $DIR" >&2
  echo "$DIR"
  exit 0
fi

# Two test runs may start at once (several worktrees share the cache): one installs, the other waits.
mkdir -p "$CACHE"
exec 9>"$DIR.lock"
flock 9
if [ -f "$STAMP" ]; then
  echo "vscode:install: up to date in $DIR (installed by another run)" >&2
  echo "$DIR"
  exit 0
fi

# A half-finished install has no valid stamp: start over from an empty folder.
rm -rf "$DIR"
mkdir -p "$DIR/logs"
LOGS="$DIR/logs"
run() {
  local name=$1
  shift
  if ! "$@" >"$LOGS/$name.log" 2>&1; then
    echo "vscode:install: FAILED: $* (log: $LOGS/$name.log)" >&2
    tail -40 "$LOGS/$name.log" >&2
    exit 1
  fi
}

# node-gyp compiles against these headers; without them it would download them from the internet.
NODEDIR=${npm_config_nodedir:-$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")}
[ -f "$NODEDIR/include/node/node.h" ] || fail "no Node headers in $NODEDIR/include/node (set npm_config_nodedir)"
export npm_config_nodedir="$NODEDIR"
export npm_config_yes=true # node-pty's build runs `npx node-gyp`, which asks otherwise
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
export JOBS=${JOBS:-$(nproc)}

# ------------------------------------------------------------------------------------------ code-server
step "npm ci code-server (no install scripts) into $DIR"
cp "$HERE/toolchain/package.json" "$HERE/toolchain/package-lock.json" "$DIR/"
(cd "$DIR" && run 01-npm-ci npm ci --ignore-scripts)
CODE_SERVER="$DIR/node_modules/code-server"
VSCODE="$CODE_SERVER/lib/vscode"
[ -f "$VSCODE/out/server-main.js" ] || fail "code-server has no lib/vscode/out/server-main.js"

step "argon2 (code-server's password hashing) from source"
(cd "$DIR" && run 02-argon2 npm rebuild argon2 --build-from-source)

# What code-server's postinstall.sh would do in lib/vscode, with nothing downloaded.
step "VS Code server's own dependencies (npm-shrinkwrap.json, no install scripts)"
(cd "$VSCODE" && run 03-vscode-deps npm install --omit=dev --ignore-scripts)

mkdir -p "$VSCODE/node_modules/@vscode/ripgrep/bin"
cp "$(command -v rg)" "$VSCODE/node_modules/@vscode/ripgrep/bin/rg"
chmod 755 "$VSCODE/node_modules/@vscode/ripgrep/bin/rg"

step "native modules against $NODEDIR"
# @vscode/ripgrep's install script finds bin/rg and stops; kerberos's prebuild download fails at once
# offline and falls back to node-gyp.
(cd "$VSCODE" && run 04-native-rebuild npm rebuild)

# Not redone: installing the built-in extensions' shared dependency (typescript, for the TypeScript and
# JavaScript language features), which policies do not need.
ln -sfn node_modules "$VSCODE/node_modules.asar"
(cd "$VSCODE/bin/remote-cli" && ln -sfn code-linux.sh code-server)
(cd "$VSCODE/bin/helpers" && ln -sfn browser-linux.sh browser.sh)

# ------------------------------------------------------------------------------------------ check
step "check"
for module in @vscode/spdlog node-pty native-watchdog kerberos @parcel/watcher @vscode/deviceid; do
  (cd "$VSCODE" && node -e "require('$module')") || fail "native module $module does not load"
done
(cd "$DIR" && node -e "require('argon2')") || fail "argon2 does not load"
"$VSCODE/node_modules/@vscode/ripgrep/bin/rg" --version >/dev/null || fail "rg does not run"
node "$CODE_SERVER/out/node/entry.js" --version >"$LOGS/05-version.log" || fail "code-server does not start"

date -u +%FT%TZ >"$STAMP"
step "installed VS Code $(node -p "require('$VSCODE/package.json').version") (code-server $(node -p "require('$CODE_SERVER/package.json').version")) in $DIR"
echo "$DIR"
