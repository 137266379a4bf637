#!/usr/bin/env bash
# Builds the installable Linux bundle with the Tauri CLI (`tauri build`, release, UI embedded), then checks
# it the way a package manager would: the .deb's metadata, its files (the app, the desktop entry, icons),
# its dependencies, and that what it installs is LocalLift's app. Prints the .deb's path.
set -euo pipefail
cd "$(dirname "$0")/.."
target="$(realpath -m "${CARGO_TARGET_DIR:-target}")"
echo "==> tauri build --bundles deb (release)"
(cd src-tauri && ../ui/node_modules/.bin/tauri build --bundles deb --ci -- --locked) >/dev/null
deb="$(ls -t "$target"/release/bundle/deb/*.deb | head -1)"
echo "==> checking $deb"
dpkg-deb --info "$deb" >/dev/null
[[ "$(dpkg-deb --field "$deb" Package)" == "local-lift" ]] ||
  { echo "unexpected package name: $(dpkg-deb --field "$deb" Package)" >&2; exit 1; }
version="$(dpkg-deb --field "$deb" Version)"
want="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
[[ "$version" == "$want" ]] || { echo "the .deb is version $version, the workspace $want" >&2; exit 1; }
depends="$(dpkg-deb --field "$deb" Depends)"
grep -q "libwebkit2gtk-4.1" <<<"$depends" || { echo "the .deb does not depend on WebKitGTK" >&2; exit 1; }
files="$(dpkg-deb --contents "$deb")"
for f in usr/bin/locallift-app usr/share/applications/LocalLift.desktop usr/share/icons/hicolor/128x128/apps/locallift-app.png; do
  grep -qE " (\./)?$f\$" <<<"$files" || { echo "the .deb lacks $f" >&2; echo "$files" >&2; exit 1; }
done
root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
# The packaged app is this build (the bundler patches the binary with its bundle type, so not byte-equal).
file "$root/usr/bin/locallift-app" | grep -q "ELF 64-bit LSB pie executable" || { echo "no app in the .deb" >&2; exit 1; }
grep -q "app.locallift.desktop" "$root/usr/bin/locallift-app" || { echo "the packaged app is not LocalLift" >&2; exit 1; }
grep -q "^Exec=locallift-app" "$root/usr/share/applications/LocalLift.desktop"
echo "$deb: $(du -h "$deb" | cut -f1), version $version, ok"
