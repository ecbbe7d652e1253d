"""Time and peak memory of `crm-app demo` at the given sizes (each in a fresh process and file).

    .venv/bin/python bench/demo_build.py --sizes 100000 1000000
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(size: int, folder: Path, seed: int) -> None:
    path = folder / f"demo-{size}.db"
    path.unlink(missing_ok=True)
    t0 = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = subprocess.run([sys.executable, "-m", "crm_app", "--db", str(path), "demo", "--customers", str(size),
                          "--seed", str(seed)], capture_output=True, text=True, check=True).stdout.strip()
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    mb = path.stat().st_size / 2**20
    print(f"customers={size:>9,}  wall={wall:7.1f} s  peak_rss={max(peak, before) / 1024:7.0f} MiB  "
          f"file={mb:7.0f} MiB")
    print(f"    {out}")
    if not os.environ.get("KEEP"):
        path.unlink(missing_ok=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()))
    args = ap.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores")
    for size in args.sizes:
        run(size, args.dir, args.seed)


if __name__ == "__main__":
    main()
