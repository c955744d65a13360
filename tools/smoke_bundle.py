"""Prove a built WSE Desk starts (offscreen) and opens a SQLite database: `scripts/build` runs this."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def run(exe: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300, env=env)
    print(f"$ wsedesk {' '.join(args)} → exit {result.returncode}")
    if result.returncode != 0:
        print(result.stdout, result.stderr, sep="\n")
    return result


def main() -> int:
    exe = Path(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_DATA_HOME": tmp,
            "XDG_CONFIG_HOME": tmp,
            "XDG_STATE_HOME": tmp,
        }
        db = Path(tmp) / "bundle.sqlite"
        checks = [
            run(exe, "--version", env=env),
            run(exe, "demo", "--dossiers", "200", "--db", str(db), env=env),
            run(exe, "db", "check", "--db", str(db), env=env),
            run(exe, "--db", str(db), "--quit-after-paint", env=env),
            run(exe, "--db", str(db), "--screenshot", str(Path(tmp) / "bundle.png"), env=env),
        ]
        ok = all(c.returncode == 0 for c in checks) and (Path(tmp) / "bundle.png").stat().st_size > 10_000
        paint = [line for line in checks[3].stdout.splitlines() if line.startswith("first-paint-ms=")]
        print(f"bundle smoke test: {'OK' if ok else 'FAILED'} {paint[0] if paint else ''}")
        return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
