#!/usr/bin/env bash
# packaging_cpack (fixture console_packages): CPack makes the .deb, .rpm and .tar.gz from
# this very build tree, and each carries what the issue lists. lintian finds no error and no
# warning that is not overridden with a reason.
# Usage: build-packages.sh CPACK BUILD_DIR VERSION APP_ID
set -euo pipefail
# shellcheck source=tests/packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cpack=$1 build=$2 version=$3 app_id=$4
out=$build/packages

require_tools dpkg-deb lintian rpmbuild rpm tar sha256sum
[ -x "$build/app/orchestration-console" ] || fail "the application is not built"

rm -rf "$out"
"$cpack" --config "$build/CPackConfig.cmake" -G "DEB;RPM;TGZ" -B "$out" >"$out.log" 2>&1 || {
    cat "$out.log" >&2
    fail "cpack failed"
}
shopt -s nullglob
debs=("$out"/orchestration-console_"$version"_*.deb)
rpms=("$out"/orchestration-console-"$version"-1.*.rpm)
tgzs=("$out"/orchestration-console-"$version"-linux-*.tar.gz)
if [ ${#debs[@]} -ne 1 ] || [ ${#rpms[@]} -ne 1 ] || [ ${#tgzs[@]} -ne 1 ]; then
    fail "expected one .deb, .rpm and .tar.gz of $version in $out: $(ls "$out")"
fi
deb=${debs[0]} rpm_file=${rpms[0]} tgz=${tgzs[0]}
for package in "$deb" "$rpm_file" "$tgz"; do
    [ -f "$package.sha256" ] || fail "no SHA-256 sum beside $(basename "$package")"
    (cd "$out" && sha256sum --quiet -c "$(basename "$package").sha256") || fail "SHA-256 of $(basename "$package")"
done
ok "cpack: $(basename "$deb"), $(basename "$rpm_file"), $(basename "$tgz") with SHA-256 sums"

# What every Linux package carries (paths below the prefix).
expected=(
    bin/orchestration-console
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/icons/hicolor/scalable/apps/$app_id.svg"
    share/man/man1/orchestration-console.1.gz
    share/doc/orchestration-console/copyright
    share/doc/orchestration-console/changelog.gz
    share/doc/orchestration-console/THIRD-PARTY-NOTICES
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
check_listing() { # NAME PREFIX LISTING
    local name=$1 prefix=$2 listing=$3
    for path in "${expected[@]}"; do
        grep -qE "^${prefix}${path//./\\.}\$" <<<"$listing" || fail "$name lacks $path"
    done
}

# .deb: control fields, contents, lintian.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = orchestration-console ] || fail "deb Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "deb Version $(field Version) != $version"
depends=$(field Depends)
for dep in libsecret-1-0 libqt6svg6 libqt6widgets6 libqt6network6 libqt6keychain1 libc6; do
    grep -qE "(^|, )$dep( |,|$)" <<<"$depends" || fail "deb Depends lacks $dep: $depends"
done
[ "$(field Recommends)" = "gnome-keyring | kwalletmanager" ] || fail "deb Recommends: $(field Recommends)"
contents=$(dpkg-deb -c "$deb")
check_listing deb '\./usr/' "$(awk '{print $6}' <<<"$contents")"
owners=$(awk '{print $2}' <<<"$contents" | sort -u)
[ "$owners" = root/root ] || fail "deb files are owned by $owners, not root/root"
ok "deb: Depends ($depends), Recommends, contents"

lintian --fail-on error,warning --tag-display-limit 0 --show-overrides "$deb" >"$out/lintian.log" 2>&1 || {
    cat "$out/lintian.log" >&2
    fail "lintian reports errors or warnings that are not overridden"
}
sed 's/^/    /' "$out/lintian.log"
ok "lintian: no error, no warning left without a reason"

# .rpm: requirements (found and declared), contents, changelog.
requires=$(rpm -qp --requires "$rpm_file" 2>/dev/null)
for dep in 'libQt6Widgets\.so\.6' 'libqt6keychain\.so' '^libsecret$' '^qt6-qtsvg$'; do
    grep -qE "$dep" <<<"$requires" || fail "rpm Requires lacks $dep: $(tr '\n' ' ' <<<"$requires")"
done
[ "$(rpm -qp --queryformat '%{VERSION}' "$rpm_file" 2>/dev/null)" = "$version" ] || fail "rpm version"
rpm_license=$(rpm -qp --queryformat '%{LICENSE}' "$rpm_file" 2>/dev/null)
[ "$rpm_license" = Apache-2.0 ] || fail "rpm License is '$rpm_license', not Apache-2.0"
check_listing rpm '/usr/' "$(rpm -qpl "$rpm_file" 2>/dev/null)"
rpm -qp --changelog "$rpm_file" 2>/dev/null | grep -q -- "- $version\$" || fail "rpm changelog lacks $version"
ok "rpm: Requires, License, contents, changelog"

# .tar.gz: the same tree under one top folder.
check_listing tgz "[^/]+/" "$(tar tzf "$tgz")"
ok "tgz: contents"
