# Sourced by the other scripts: a virtual environment in .venv with the
# project installed (editable) and the extras named in $1 ("test", "bench"),
# every package at the version constraints.txt pins (the lock file: the
# versions the test suite passed with; a package it does not list, such as
# the bench's dlt, at pyproject.toml's own pin).
# Reinstalls only when pyproject.toml or constraints.txt changed.
set -euo pipefail
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null 2>&1 || PYTHON=python3
"$PYTHON" -c 'import sys; sys.exit(sys.version_info[:2] < (3, 11))' || {
  echo "flowsync_dagster needs Python 3.11 or newer ($PYTHON is $("$PYTHON" -V 2>&1))" >&2; exit 1; }
extras=${1:-}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
stamp=".venv/.flowsync-installed-${extras:-base}"
want=$(cat pyproject.toml constraints.txt | sha256sum | cut -d' ' -f1)
installed=0
[ "$(cat "$stamp" 2>/dev/null)" = "$want" ] && installed=1
if [ -z "$extras" ]; then  # any extras' install holds the project itself
  for other in .venv/.flowsync-installed-*; do
    [ "$(cat "$other" 2>/dev/null)" = "$want" ] && installed=1
  done
fi
if [ "$installed" = 0 ]; then
  echo "installing flowsync_dagster${extras:+[$extras]} into .venv ..."
  # uv (at the lock file's pin) installs the same pins in ~11 s where pip takes
  # ~25 s; pip is the fallback when uv cannot be installed. --compile-bytecode,
  # as pip does: with PYTHONDONTWRITEBYTECODE set (as on our 2-core machine) nothing
  # else writes .pyc files, and every process would compile Dagster's source
  # again (importing the definitions: 2.1 s instead of 1.0 s)
  if .venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt uv \
      >/dev/null 2>&1; then
    .venv/bin/uv pip install --quiet --compile-bytecode --python .venv/bin/python \
      -c constraints.txt -e ".${extras:+[$extras]}"
  else
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip \
      >/dev/null 2>&1 || true
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt \
      -e ".${extras:+[$extras]}" 2>&1 \
      | grep -v "is ignored: it is neither a file nor a directory" || true
  fi
  .venv/bin/python -c 'import flowsync_dagster, dagster' || { echo "install failed" >&2; exit 1; }
  echo "$want" > "$stamp"
fi
