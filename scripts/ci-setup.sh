#!/usr/bin/env bash
# Installs the system packages `npm test` needs on a fresh Debian/Ubuntu, and
# nothing else; packages already present are left alone, so it is safe to run
# on every CI job.
#   chromium            the browser scripts/vscode-web-test.mjs drives (never downloaded)
#   libkrb5-dev         headers for VS Code's native `kerberos` module
#   build-essential, python3
#                       node-gyp, for VS Code's native modules
#   fonts-dejavu-core   a font, so screenshots show text rather than boxes
#   ca-certificates     npm over HTTPS
set -euo pipefail

packages=(chromium libkrb5-dev build-essential python3 fonts-dejavu-core ca-certificates)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "ci-setup: system packages already installed."
  exit 0
fi

if ! command -v apt-get >/dev/null; then
  echo "ci-setup: missing ${missing[*]}, and apt-get is not available: install them with your package manager." >&2
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi

echo "ci-setup: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
