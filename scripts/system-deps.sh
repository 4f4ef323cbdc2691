#!/usr/bin/env bash
# Debian packages the test suite drives for real: chromium (browser tests) and PostgreSQL (store tests).
# Installs what is missing when it can (root or sudo, apt-get); otherwise says what those tests will skip.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo -n"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: no apt-get; tests needing ${need[*]} will be skipped" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
if ! $sudo apt-get install -y -q --no-install-recommends "${need[@]}" >/tmp/newsledger-apt.log 2>&1; then
  $sudo apt-get update -q >>/tmp/newsledger-apt.log 2>&1
  $sudo apt-get install -y -q --no-install-recommends "${need[@]}" >>/tmp/newsledger-apt.log 2>&1 \
    || echo "system-deps: could not install ${need[*]} (see /tmp/newsledger-apt.log); those tests will be skipped" >&2
fi
exit 0
