#!/usr/bin/env bash
# Builds or tests the Vue front end (web/) for the Maven build. `npm ci` runs only when
# web/package-lock.json changed since the last install, so repeated builds stay fast.
# Usage: scripts/build-web.sh build|test
set -euo pipefail
cd "$(dirname "$0")/../web"
stamp=node_modules/.kezhi-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi
case "${1:-build}" in
  build) npm run build ;;
  test) npm test ;;
  *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac
