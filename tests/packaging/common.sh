# shellcheck shell=bash
# Shared by the packaging tests: how they report, skip and find their tools.
# A test that cannot run here exits 77 (CTest SKIP_RETURN_CODE) with the reason, except in CI
# (CI set), where a missing tool or missing root is a failure: CI must prove the packages.

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

skip() {
    if [ -n "${CI:-}" ]; then
        fail "$* (not skipped: CI is set)"
    fi
    echo "SKIP: $*" >&2
    exit 77
}

ok() {
    echo "ok: $*"
}

# require_tools TOOL...: skips (or fails in CI) naming the Debian packages tools/dev installs.
require_tools() {
    local missing=()
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        skip "missing ${missing[*]}; 'tools/dev deps' installs them"
    fi
}

# A Python 3 with PyYAML (Debian: python3-yaml); a pyenv or venv python3 first on PATH may
# lack it, the system one has it.
find_python_with_yaml() {
    local candidate
    for candidate in /usr/bin/python3 python3; do
        if "$candidate" -c 'import yaml' >/dev/null 2>&1; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}
