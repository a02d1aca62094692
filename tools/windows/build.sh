#!/usr/bin/env bash
# The Windows installer, built on Debian 12 with Debian's own packages: mingw-w64 cross-builds
# Qt 6.4.2 (from Debian's source packages) and QtKeychain once into a cache folder, then the
# console and hubsim; CPack makes the NSIS installer with makensis; smoke-test.sh runs it
# under Wine. packaging/README.md ("Windows, cross-built on Debian") explains each stage.
#
#   tools/dev windows [--no-smoke-test]
#
# Every stage leaves a stamp in $cache/stamps and logs to $cache/logs/<stage>.log, so a run
# that stopped (or a second run) resumes where the last one ended. Remove a stamp to redo a
# stage. Environment:
#   CONSOLE_WINDOWS_CACHE  the cache (default ~/.cache/orchestration-console/windows)
#   CONSOLE_WINDOWS_BUILD  the console's cross build tree (default <repo>/build-windows)
#   CONSOLE_WINDOWS_JOBS   parallel compile jobs (default: nproc)
#   CONSOLE_WINDOWS_NICE   niceness of the compile stages (default 0)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cache=${CONSOLE_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/orchestration-console/windows}
build=${CONSOLE_WINDOWS_BUILD:-$root/build-windows}
jobs=${CONSOLE_WINDOWS_JOBS:-$(nproc)}
niceness=${CONSOLE_WINDOWS_NICE:-0}
smoke=1
[ "${1:-}" = --no-smoke-test ] && smoke=0

qt_version=6.4.2
keychain_version=0.13.2
# Debian source package -> folder under $cache/src, and the upstream version it must have.
sources=(
    "qt6-base qtbase $qt_version"
    "qt6-svg qtsvg $qt_version"
    "qt6-httpserver qthttpserver $qt_version"
    "qtkeychain qtkeychain $keychain_version"
)
host_cmake_dir=/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || echo x86_64-linux-gnu)/cmake
qt=$cache/qt          # the cross-built Qt and QtKeychain, one prefix
toolchain=$cache/toolchain/mingw-w64-x86_64.cmake
src=$cache/src
logs=$cache/logs
stamps=$cache/stamps
mkdir -p "$src" "$logs" "$stamps" "$cache/toolchain"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

compile() {
    nice -n "$niceness" "$@"
}

# stage NAME FUNCTION: runs FUNCTION once, logging to $logs/NAME.log; a stamp marks it done.
stage() {
    local name=$1 fn=$2 started
    if [ -f "$stamps/$name" ]; then
        echo "== $name: done earlier ($(cat "$stamps/$name"))"
        return 0
    fi
    echo "== $name: running (log: $logs/$name.log)"
    started=$(date +%s)
    if ! "$fn" >"$logs/$name.log" 2>&1; then
        echo "!! $name failed; the end of $logs/$name.log:" >&2
        tail -n 30 "$logs/$name.log" >&2
        exit 1
    fi
    echo "$(($(date +%s) - started)) s, $(date -u +%FT%TZ)" >"$stamps/$name"
    echo "== $name: $(cat "$stamps/$name")"
}

# --- packages ------------------------------------------------------------------------------

# libz-mingw-w64-dev: the client and the simulator inflate gzip bodies with zlib.
packages=(mingw-w64 g++-mingw-w64-x86-64-posix libz-mingw-w64-dev nsis wine64 wine xvfb xauth dpkg-dev
    cmake ninja-build qt6-base-dev qt6-base-dev-tools qt6-tools-dev-tools qt6-l10n-tools
    imagemagick x11-utils python3)
deps() {
    local missing=() p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

# --- sources: Debian's source packages -----------------------------------------------------

# A deb-src entry for every deb entry of this machine's own apt sources: same URIs, suites and
# components, only the type changed. Written once; no mirror is named in the repository.
deb_src_list=/etc/apt/sources.list.d/orchestration-console-src.sources
deb_src_list_legacy=/etc/apt/sources.list.d/orchestration-console-src.list
enable_deb_src() {
    local f tmp
    [ -f "$deb_src_list" ] || [ -f "$deb_src_list_legacy" ] && return 0
    tmp=$(mktemp)
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        # deb822: each stanza whose Types has "deb" gets a copy with Types: deb-src.
        awk 'BEGIN { RS = ""; ORS = "\n\n" }
             { n = split($0, lines, "\n"); keep = 0; out = ""
               for (i = 1; i <= n; i++) {
                   if (lines[i] ~ /^Types:/) {
                       if (lines[i] ~ /[ \t]deb([ \t]|$)/) keep = 1
                       lines[i] = "Types: deb-src"
                   }
                   out = out lines[i] "\n"
               }
               if (keep) printf "%s\n", out }' "$f" >>"$tmp"
    done
    if [ -s "$tmp" ]; then
        as_root install -m 644 "$tmp" "$deb_src_list"
    else
        # One-line format (sources.list).
        cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
            sed -n 's/^[[:space:]]*deb[[:space:]]/deb-src /p' >"$tmp"
        [ -s "$tmp" ] || { echo "no deb entry in this machine's apt sources" >&2; rm -f "$tmp"; return 1; }
        as_root install -m 644 "$tmp" "$deb_src_list_legacy"
    fi
    rm -f "$tmp"
    as_root apt-get update -q
}

# The upstream version an unpacked source tree declares.
tree_version() {
    local dir=$1
    if [ -f "$dir/.cmake.conf" ]; then
        sed -n 's/^set(QT_REPO_MODULE_VERSION "\(.*\)")/\1/p' "$dir/.cmake.conf"
    else
        sed -n 's/^set(QTKEYCHAIN_VERSION \([0-9.]*\))/\1/p' "$dir/CMakeLists.txt"
    fi
}

fetch_sources() {
    enable_deb_src
    local entry package dir version have available
    mkdir -p "$src/download"
    for entry in "${sources[@]}"; do
        read -r package dir version <<<"$entry"
        if [ ! -d "$src/$dir" ]; then
            available=$(apt-cache showsrc "$package" | sed -n 's/^Version: //p' | sort -V | tail -n 1)
            case "$available" in
            "$version"*) ;;
            *) echo "$package: apt offers '$available', $version is needed" >&2; return 1 ;;
            esac
            (cd "$src/download" && apt-get source --download-only "$package=$available") || {
                cat >&2 <<MSG
apt-get source $package=$available failed: this machine's mirror does not carry its source
files. Get Debian's source package $package $available (the .dsc and the tarballs it names)
from any Debian mirror or snapshot archive into $src/download, then run this again.
MSG
                return 1
            }
            dpkg-source --no-check -x "$src/download/${package}_${available#*:}.dsc" "$src/$dir"
        fi
        have=$(tree_version "$src/$dir")
        if [ "$have" != "$version" ]; then
            echo "$src/$dir is version '$have', $version is needed" >&2
            return 1
        fi
        echo "$package: $src/$dir ($have)"
    done
}

# --- Qt ------------------------------------------------------------------------------------

# Only what the console uses: Core, Gui, Widgets, Network (Schannel TLS, no OpenSSL), the
# windows and offscreen platform plugins; no OpenGL, D-Bus, ICU, SQL, XML, printing, Concurrent,
# Qt Test or Vulkan. tabletevent is off because Debian's source drops the bundled wintab
# headers. directwrite3 goes with direct2d: Qt 6.4 builds its DirectWrite font database only
# when both are on, yet the windows platform plugin uses it whenever directwrite3 is
# (undefined reference to QWindowsDirectWriteFontDatabase at link).
qtbase_configure() {
    cp "$root/cmake/toolchains/mingw-w64-x86_64.cmake" "$toolchain"
    rm -rf "$cache/qtbase-build"
    mkdir -p "$cache/qtbase-build"
    cd "$cache/qtbase-build"
    compile "$src/qtbase/configure" -prefix "$qt" -release \
        -qt-host-path /usr -platform linux-g++ -xplatform win32-g++ \
        -device-option CROSS_COMPILE=x86_64-w64-mingw32- \
        -schannel -no-openssl -no-opengl -no-dbus -no-icu \
        -no-feature-sql -no-feature-tabletevent -no-feature-concurrent -no-feature-xml \
        -no-feature-printsupport -no-feature-testlib -no-feature-vulkan -no-feature-direct2d \
        -no-feature-directwrite3 \
        -no-feature-zstd -no-feature-jpeg \
        -nomake tests -nomake examples \
        -- -G Ninja -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
        -DQt6HostInfo_DIR="$host_cmake_dir/Qt6HostInfo" -DQT_HOST_PATH_CMAKE_DIR="$host_cmake_dir"
}
qtbase_build() { compile cmake --build "$cache/qtbase-build" --parallel "$jobs"; }
qtbase_install() { cmake --install "$cache/qtbase-build"; }

# A Qt module (qtsvg, qthttpserver) against the cross-built qtbase, installed into it.
qt_module() {
    local dir=$1
    rm -rf "$cache/$dir-build"
    mkdir -p "$cache/$dir-build"
    cd "$cache/$dir-build"
    compile "$qt/bin/qt-configure-module" "$src/$dir" -- -G Ninja
    compile cmake --build . --parallel "$jobs"
    cmake --install .
}
qtsvg() { qt_module qtsvg; }
qthttpserver() { qt_module qthttpserver; }

# QtKeychain with the Windows Credential Manager backend (its default on Windows).
qtkeychain() {
    rm -rf "$cache/qtkeychain-build"
    compile "$qt/bin/qt-cmake" -S "$src/qtkeychain" -B "$cache/qtkeychain-build" -G Ninja \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$qt" -DBUILD_WITH_QT6=ON \
        -DUSE_CREDENTIAL_STORE=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF
    compile cmake --build "$cache/qtkeychain-build" --parallel "$jobs"
    cmake --install "$cache/qtkeychain-build"
}

# --- the console ---------------------------------------------------------------------------

# Not stamped: it is the part that changes. The toolchain file is the repository's; Qt is
# found in the cache, its host tools (moc, rcc, uic, lrelease) in Debian's Qt 6.4.2.
console() {
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchains/mingw-w64-x86_64.cmake" \
        -DCMAKE_PREFIX_PATH="$qt/lib/cmake" -DCMAKE_FIND_ROOT_PATH="$qt" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR="$host_cmake_dir" \
        -DCONSOLE_BUILD_TESTS=OFF -DCONSOLE_NSIS_TARGET=amd64-unicode
    compile cmake --build "$build" --parallel "$jobs"
    rm -rf "$build/packages"
    cpack --config "$build/CPackConfig.cmake" -G NSIS -B "$build/packages"
}

deps
stage sources fetch_sources
stage qtbase-configure qtbase_configure
stage qtbase-build qtbase_build
stage qtbase-install qtbase_install
stage qtsvg qtsvg
stage qthttpserver qthttpserver
stage qtkeychain qtkeychain
echo "== console: running (log: $logs/console.log)"
if ! console >"$logs/console.log" 2>&1; then
    echo "!! console failed; the end of $logs/console.log:" >&2
    tail -n 30 "$logs/console.log" >&2
    exit 1
fi
installer=$(ls "$build"/packages/*.exe)
echo "== installer: $installer ($(du -h "$installer" | cut -f1))"
if [ "$smoke" = 1 ]; then
    bash "$root/tools/windows/smoke-test.sh" "$installer"
fi
