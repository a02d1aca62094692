#!/usr/bin/env bash
# packaging_metadata: the files the installers carry are valid and say the same thing as the
# program: desktop file, AppStream metainfo, man page (every option of --help documented),
# licence (Apache-2.0 in LICENSE, metainfo, RPM, NSIS, copyright; the libraries listed),
# changelog (newest entry = project version), icons (made from the current SVG, right
# sizes), the macOS Info.plist template, and the CI workflows (they parse, and build on the
# three platforms the issue names).
# Usage: check-metadata.sh SOURCE_DIR BUILD_DIR VERSION APP_ID
set -euo pipefail
# shellcheck source=tests/packaging/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
src=$1 build=$2 version=$3 app_id=$4
gen=$build/packaging
exe=$build/app/orchestration-console

require_tools desktop-file-validate appstreamcli man dpkg-parsechangelog sha256sum
python=$(find_python_with_yaml) || skip "no python3 with PyYAML; 'tools/dev deps' installs python3-yaml"

# Desktop file: valid, named after the application id, and pointing at the installed names.
desktop=$gen/$app_id.desktop
[ -f "$desktop" ] || fail "$desktop was not generated"
desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop file's Icon is not $app_id"
grep -qx "Exec=orchestration-console" "$desktop" || fail "the desktop file's Exec is not orchestration-console"
ok "desktop file $app_id.desktop"

# Metainfo: valid without the network, same id, a release entry for this version.
metainfo=$gen/$app_id.metainfo.xml
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate --no-net $metainfo"
"$python" - "$metainfo" "$app_id" "$version" <<'PY' || fail "metainfo content"
import sys
import xml.etree.ElementTree as ET
path, app_id, version = sys.argv[1:]
root = ET.parse(path).getroot()
assert root.findtext("id") == app_id, f"id {root.findtext('id')!r} != {app_id!r}"
assert root.find("launchable").text == app_id + ".desktop", "launchable is not the desktop file"
releases = root.findall("releases/release")
assert releases, "no <release>"
assert releases[0].get("version") == version, \
    f"newest <release> is {releases[0].get('version')}, project(VERSION) is {version}"
images = root.findall("screenshots/screenshot/image")
assert images and all(i.text.startswith("https://") for i in images), "screenshots need https images"
assert all(int(i.get("width")) > 0 and int(i.get("height")) > 0 for i in images), "image size"
PY
ok "metainfo: id, release $version, screenshot"

# Licence: Apache-2.0 everywhere the installers say it, with the libraries' licences listed.
"$python" - "$src" "$build" "$metainfo" <<'PY' || fail "licence metadata"
import pathlib, re, sys
import xml.etree.ElementTree as ET
src, build, metainfo = (pathlib.Path(a) for a in sys.argv[1:])
licence = "Apache-2.0"

text = (src / "LICENSE").read_text()
assert "Apache License" in text and "Version 2.0, January 2004" in text, "LICENSE is not Apache 2.0"
assert "END OF TERMS AND CONDITIONS" in text, "LICENSE is not the whole Apache 2.0 text"

project_license = ET.parse(metainfo).getroot().findtext("project_license")
assert project_license == licence, f"metainfo project_license is {project_license!r}"

# CPack's settings as the generators read them: the RPM's License, the NSIS licence page.
cpack = (build / "CPackConfig.cmake").read_text()
def cpack_value(name):
    match = re.search(r'^set\(' + name + r' "([^"]*)"\)$', cpack, re.M)
    assert match, f"{name} is not set"
    return match.group(1)
assert cpack_value("CPACK_RPM_PACKAGE_LICENSE") == licence, "CPACK_RPM_PACKAGE_LICENSE"
assert pathlib.Path(cpack_value("CPACK_RESOURCE_FILE_LICENSE")).resolve() == (src / "LICENSE").resolve(), \
    "CPACK_RESOURCE_FILE_LICENSE is not LICENSE"

# packaging/copyright, Debian's machine-readable format: the program is Apache-2.0, every
# licence a Files paragraph names has its text, and Qt and QtKeychain are there.
paragraphs = [p for p in re.split(r"\n\s*\n", (src / "packaging/copyright").read_text()) if p.strip()]
def fields(paragraph):
    result, key = {}, None
    for line in paragraph.splitlines():
        if line[:1] in (" ", "\t"):
            result[key] += "\n" + line.strip()
        else:
            key, _, value = line.partition(":")
            result[key] = value.strip()
    return result
parsed = [fields(p) for p in paragraphs]
header = parsed[0]
assert header.get("Format", "").startswith("https://www.debian.org/doc/packaging-manuals/copyright-format/1.0"), "Format"
assert header.get("License") == licence, f"header License {header.get('License')!r}"
files = [p for p in parsed if "Files" in p]
assert files and files[0]["Files"] == "*" and files[0]["License"] == licence, "Files: * is not Apache-2.0"
texts = {p["License"].split("\n")[0]: p["License"] for p in parsed if "Files" not in p and "License" in p and p is not header}
for paragraph in files:
    name = paragraph["License"].split("\n")[0]
    assert name in texts and len(texts[name].splitlines()) > 3, f"no text for licence {name}"
def licence_of(component):
    found = [p["License"] for p in files if p.get("Comment", "").startswith(component)]
    assert found, f"packaging/copyright does not name {component}"
    return found[0]
assert licence_of("Qt 6") == "LGPL-3", "Qt's licence"
assert licence_of("QtKeychain").startswith("BSD-"), "QtKeychain's licence"
assert licence_of("Qt HTTP Server") == "GPL-3", "Qt HTTP Server's licence"
assert "/usr/share/common-licenses/Apache-2.0" in texts[licence], "no pointer to common-licenses"

notices = (src / "packaging/THIRD-PARTY-NOTICES").read_text()
for needle in ("Apache License, Version 2.0", "Qt 6", "LGPL-3.0-only", "Qt HTTP Server", "GPL-3.0-only",
               "QtKeychain", "BSD-2-Clause", "Frank Osterfeld"):
    assert needle in notices, f"THIRD-PARTY-NOTICES lacks {needle!r}"
# Debian policy: documentation above 4 kB is compressed; the notices are installed as they are.
assert len(notices.encode()) < 4096, "THIRD-PARTY-NOTICES grew past 4 kB: install it gzipped"
PY
ok "licence: Apache-2.0 in LICENSE, metainfo, RPM, NSIS and copyright; Qt, Qt HTTP Server, QtKeychain listed"

# Changelog: the newest entry is this version (it feeds the metainfo and the RPM changelog).
changelog_version=$(dpkg-parsechangelog -l "$src/packaging/changelog" -S Version)
[ "$changelog_version" = "$version" ] ||
    fail "packaging/changelog's newest entry is $changelog_version, project(VERSION) is $version"
ok "changelog $changelog_version"

# Man page: renders without warnings, carries the version, documents every option --help shows.
man_page=$gen/orchestration-console.1
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$man_page" 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "man page warnings: $warnings"
grep -q "^\.TH .*\"orchestration-console $version\"" "$man_page" || fail "the man page's .TH lacks version $version"
[ -x "$exe" ] || fail "$exe is not built"
documented=$(sed 's/\\-/-/g' "$man_page")
for help in "--help" "export --help" "diff --help"; do
    # shellcheck disable=SC2086 # the words of $help are separate arguments
    options=$(QT_QPA_PLATFORM=offscreen "$exe" $help | grep -oE -- '--[a-z][a-z-]+' | sort -u)
    [ -n "$options" ] || fail "'orchestration-console $help' listed no options"
    for option in $options; do
        grep -qF -- "$option" <<<"$documented" || fail "the man page does not document $option (from '$help')"
    done
done
ok "man page documents every option of --help, export --help and diff --help"

# Icons: rendered from the current SVG, at the size their folder says.
(cd "$src" && sha256sum --quiet -c packaging/icons/SOURCE.sha256) ||
    fail "resources/icons/orchestration-console.svg changed: run packaging/icons/generate.sh"
"$python" - "$src/packaging/icons" <<'PY' || fail "icon sizes"
import pathlib, struct, sys
root = pathlib.Path(sys.argv[1])
sizes = [16, 22, 24, 32, 48, 64, 128, 256]
for size in sizes:
    data = (root / "hicolor" / f"{size}x{size}" / "orchestration-console.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{size}: not a PNG"
    assert struct.unpack(">II", data[16:24]) == (size, size), f"{size}x{size}: wrong size"
ico = (root / "orchestration-console.ico").read_bytes()
assert ico[:4] == b"\0\0\1\0" and struct.unpack("<H", ico[4:6])[0] >= 6, "ico: too few images"
icns = (root / "orchestration-console.icns").read_bytes()
assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns), "icns: bad header"
PY
ok "icons: PNGs 16..256, .ico, .icns from the current SVG"

# macOS Info.plist template: a plist, with the bundle id, version and high-resolution flag.
"$python" - "$src/packaging/macos/Info.plist.in" <<'PY' || fail "Info.plist.in"
import plistlib, sys
plist = plistlib.load(open(sys.argv[1], "rb"))
assert plist["CFBundleIdentifier"] == "${MACOSX_BUNDLE_GUI_IDENTIFIER}"
assert plist["CFBundleShortVersionString"] == "${MACOSX_BUNDLE_SHORT_VERSION_STRING}"
assert plist["CFBundleIconFile"] == "${MACOSX_BUNDLE_ICON_FILE}"
assert plist["NSHighResolutionCapable"] is True
PY
ok "Info.plist template"

# Workflows: parse, and build on Debian 12, windows-2022 and macos-14.
"$python" - "$src/.github/workflows" <<'PY' || fail "workflows"
import pathlib, sys, yaml
files = sorted(pathlib.Path(sys.argv[1]).glob("*.y*ml"))
assert files, "no workflow files"
runners = set()
for path in files:
    doc = yaml.safe_load(path.read_text())
    assert isinstance(doc, dict) and doc.get("jobs"), f"{path.name}: no jobs"
    # YAML 1.1 reads the key 'on' as True.
    assert "on" in doc or True in doc, f"{path.name}: no triggers"
    for name, job in doc["jobs"].items():
        assert "runs-on" in job and job.get("steps"), f"{path.name}:{name}: runs-on and steps"
        # Plain values, or the values a matrix gives ${{ matrix.os }} and ${{ matrix.container }}.
        variants = [job] + list(job.get("strategy", {}).get("matrix", {}).get("include", []))
        for variant in variants:
            for key in ("runs-on", "os", "container"):
                value = variant.get(key)
                if isinstance(value, dict):
                    value = value.get("image")
                if value and "${{" not in str(value):
                    runners.add(str(value))
for wanted in ("debian:12", "windows-2022", "macos-14"):
    assert any(wanted in r for r in runners), f"no job on {wanted}: {sorted(runners)}"
print("workflows:", ", ".join(p.name for p in files))
PY
ok "workflows parse"
