#!/usr/bin/env bash
# Installs the Debian packages the portal needs, and only those that are missing. This is the one
# list of them: the Dockerfile, the Makefile and CI all install through this script.
#
#   scripts/install-os-deps.sh [run|test] [--list]     (default: run)
#
#   run   graphviz (flowcharts), Pango and HarfBuzz (WeasyPrint PDFs), CJK fonts (Chinese text in
#         SVG, PNG and PDF), gettext (compilemessages), libmagic1 (python-magic: upload types by
#         content; imported at start-up), poppler-utils (pdftotext reads attachments for the
#         personal-data check), postgresql-client-15 (pg_dump and pg_restore of the PostgreSQL
#         15 that docker-compose.yml runs: `manage.py backup` and `restore`)
#   test  the run set, plus chromium (driven by Playwright from /usr/bin/chromium; browsers are
#         never downloaded) and redis-server (tests start Redis servers of their own for real
#         Celery workers)
#   --list  print the set, one package a line, and install nothing (tests/test_deployment.py)
#
# Nothing missing: exits 0 without a word. Missing and root: apt-get installs them (without
# recommends; the caller removes /var/lib/apt/lists if it wants a slim image). Missing and not
# root: prints the command to run and exits 1.
set -euo pipefail

run_packages=(graphviz fonts-noto-cjk libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 gettext
    libmagic1 poppler-utils postgresql-client-15)
test_packages=(chromium redis-server)

usage() {
    echo "usage: $0 [run|test] [--list]" >&2
    exit 2
}

set_name=""
list=false
for arg in "$@"; do
    case "$arg" in
        run | test)
            [[ -z $set_name ]] || usage
            set_name=$arg
            ;;
        --list) list=true ;;
        *) usage ;;
    esac
done
case "${set_name:-run}" in
    run) wanted=("${run_packages[@]}") ;;
    test) wanted=("${run_packages[@]}" "${test_packages[@]}") ;;
    *) usage ;;
esac

if $list; then
    printf '%s\n' "${wanted[@]}"
    exit 0
fi

if ! command -v dpkg-query >/dev/null; then
    echo "$0: dpkg-query not found: this script knows Debian (and its derivatives) only." >&2
    echo "Install the equivalents of: ${wanted[*]}" >&2
    exit 1
fi

missing=()
for package in "${wanted[@]}"; do
    # A removed but not purged package answers "deinstall ok config-files": that is missing too.
    status=$(dpkg-query --show --showformat='${Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
        missing+=("$package")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "Installing missing Debian packages: ${missing[*]}"
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
