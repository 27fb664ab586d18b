#!/usr/bin/env bash
# What `make test` needs besides Go, installed from Debian's packages when it
# is missing: Node (the WebAssembly tests), Chromium, Firefox ESR and WebKitGTK's
# WebDriver with its MiniBrowser (the browser tests), and Xvfb (the display
# WebKitGTK needs). Nothing is installed when everything is there; a developer
# who is not root is told what is missing and how to install it.
set -euo pipefail

need=()
# has COMMAND: the command is on PATH.
has() { command -v "$1" >/dev/null 2>&1; }

[ -n "${CHROME:-}" ] || has chromium || need+=(chromium)
[ -n "${FIREFOX:-}" ] || has firefox-esr || has firefox || need+=(firefox-esr)
[ -n "${WEBKIT_DRIVER:-}" ] || has WebKitWebDriver || need+=(webkit2gtk-driver)
# MiniBrowser, the browser WebKitWebDriver drives, comes with WebKitGTK itself.
[ -n "${WEBKIT_BROWSER:-}" ] || compgen -G '/usr/lib/*/webkit2gtk-4.*/MiniBrowser' >/dev/null || need+=(webkit2gtk-driver)
has xvfb-run || need+=(xvfb)
has xauth || need+=(xauth) # xvfb-run needs it; xvfb only recommends it
has node || need+=(nodejs)
has gzip || need+=(gzip)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
# A package named twice (webkit2gtk-driver) is asked for once.
mapfile -t need < <(printf '%s\n' "${need[@]}" | sort -u)

if [ "$(id -u)" -ne 0 ] || ! has apt-get; then
  echo "make test needs these Debian packages, which are missing: ${need[*]}" >&2
  echo "install them with:  sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
  echo "(or point CHROME, FIREFOX, WEBKIT_DRIVER and WEBKIT_BROWSER at browsers installed elsewhere)" >&2
  exit 1
fi

echo "installing what the tests need: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
# Another apt run (an unattended upgrade) may hold the lock for a while.
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need[@]}" >/dev/null
