#!/bin/sh
# Print the path of a Python >= 3.12 (PySide6 6.12 on Python 3.11 over-releases None/True/False on
# every void call and aborts the interpreter after ~10^5 calls; 3.12 made those objects immortal).
# Order: $PYTHON, python3.12/python3.13/python3 on PATH, then the oldest suitable pyenv version.
ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; }
for c in ${PYTHON:-} python3.12 python3.13 python3; do
  p=$(command -v "$c" 2>/dev/null) || continue
  if ok "$p"; then echo "$p"; exit 0; fi
done
root=${PYENV_ROOT:-$HOME/.pyenv}
for p in $(ls -d "$root"/versions/3.1[2-9]*/bin/python3 "$root"/versions/3.[2-9][0-9]*/bin/python3 2>/dev/null | sort -V); do
  if ok "$p"; then echo "$p"; exit 0; fi
done
echo "Retain CRM needs Python 3.12 or newer; none was found (set PYTHON=/path/to/python3.12)" >&2
exit 1
