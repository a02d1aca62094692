#!/usr/bin/env bash
# packaging_deb_install: the .deb from packaging_cpack installs with apt, the installed
# program works (--version, a headless export of the demo, the window on the demo under
# Xvfb with a screenshot), and a purge leaves nothing of it behind. Needs root (or
# password-less sudo); the machine is left as it was, also when a step fails.
# Usage: deb-install.sh BUILD_DIR VERSION APP_ID
set -euo pipefail
# shellcheck source=tests/packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build=$1 version=$2 app_id=$3
package=orchestration-console

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    skip "installing a package needs root or password-less sudo; the install, run and purge part is skipped (packaging_cpack still built and checked the packages)"
fi
require_tools apt-get dpkg dpkg-query xvfb-run desktop-file-validate appstreamcli
python=$(find_python_with_yaml) || python=python3

shopt -s nullglob
debs=("$build/packages/${package}_${version}_"*.deb)
[ ${#debs[@]} -eq 1 ] || skip "no .deb of $version in $build/packages (packaging_cpack makes it)"
deb=${debs[0]}

if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    [ -z "${CI:-}" ] || fail "$package is already installed on the CI machine"
    skip "$package is already installed here; this test would remove it"
fi

work=$(mktemp -d)
installed_files=$work/installed-files
cleanup() {
    local status=$?
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "installed"; then
        echo "cleanup: purging $package" >&2
        "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "$package" >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# Only what the package needs: its dependencies are already here when the project builds.
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" \
    >"$work/apt-install.log" 2>&1 || { cat "$work/apt-install.log" >&2; fail "apt-get install $deb"; }
dpkg-query -L "$package" >"$installed_files"
ok "installed $(basename "$deb") with apt ($(wc -l <"$installed_files") paths)"

# The program runs as a user would run it, with a home of its own so nothing of the user's
# (settings, keyring) is read or written.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_CACHE_HOME=$work/home/.cache \
    XDG_DATA_HOME=$work/home/.local/share XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
exe=/usr/bin/orchestration-console
[ "$(command -v orchestration-console)" = "$exe" ] || fail "orchestration-console is not on PATH as $exe"

[ "$("$exe" --version)" = "Orchestration Console $version" ] || fail "--version printed '$("$exe" --version)'"
ok "--version: Orchestration Console $version"

"$exe" export --demo -o "$work/export.json" 2>"$work/export.err" ||
    { cat "$work/export.err" >&2; fail "export --demo failed"; }
# The program says at start when no TLS backend loads; the package's dependencies must bring one.
if grep -q "TLS is not available" "$work/export.err"; then
    cat "$work/export.err" >&2
    fail "the installed program has no TLS backend"
fi
"$python" - "$work/export.json" <<'PY' || fail "the export is not valid JSON with records"
import json, sys
document = json.load(open(sys.argv[1]))
records = document["orchestration"]
assert isinstance(records, list) and len(records) > 0, "no records"
assert all(isinstance(r, dict) and r.get("id") for r in records), "a record without id"
assert document["paginationInfo"]["count"] == len(records), "count != records"
print(f"export: {len(records)} records")
PY
ok "export --demo wrote valid JSON with records"

# Desktop integration as installed.
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "installed desktop file"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null || fail "installed metainfo"
[ "$(man -w orchestration-console)" = /usr/share/man/man1/orchestration-console.1.gz ] || fail "man -w orchestration-console"
[ -f "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" ] || fail "the scalable icon is missing"
ok "desktop file, metainfo, man page and icons in place"

# The installed window on the demo tenant, grabbed once the first page is shown.
shot=$work/main-window.png
timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" \
    "$exe" --demo --window-size 1280x800 --screenshot "$shot" >"$work/gui.log" 2>&1 ||
    { cat "$work/gui.log" >&2; fail "the installed GUI did not take its screenshot"; }
"$python" - "$shot" <<'PY' || fail "the screenshot is not a 1280x800 picture of a window"
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert (width, height) == (1280, 800), f"{width}x{height}"
# A blank or single-colour window compresses to a few KiB; a table of text does not.
assert len(data) > 40_000, f"only {len(data)} bytes: the window looks empty"
PY
mkdir -p "$build/packages"
cp "$shot" "$build/packages/installed-main-window.png"
ok "the installed GUI showed the demo (screenshot: $build/packages/installed-main-window.png)"

# Purge, then nothing the package installed may remain.
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "$package" >"$work/apt-purge.log" 2>&1 ||
    { cat "$work/apt-purge.log" >&2; fail "apt-get purge $package"; }
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "installed"; then
    fail "$package is still known to dpkg after the purge"
fi
left=()
while IFS= read -r path; do
    if [ -d "$path" ] && [ ! -L "$path" ]; then
        continue # folders shared with other packages (/usr/share/icons/...) stay
    fi
    if [ -e "$path" ] || [ -L "$path" ]; then
        left+=("$path")
    fi
done <"$installed_files"
# Folders of its own must go too.
if [ -e "/usr/share/doc/$package" ]; then
    left+=("/usr/share/doc/$package")
fi
[ ${#left[@]} -eq 0 ] || fail "left behind after purge: ${left[*]}"
ok "purged: nothing of the package is left"
