"""PostgreSQL's own dump tools (pg_dump, pg_restore): found, and given a connection without a password.

Debian keeps them in /usr/lib/postgresql/<version>/bin (only wrappers on PATH): the newest
version is taken, since pg_dump must be at least as new as the server. The password never
goes on a command line (visible to every user in `ps`) or in a file: it is handed over in the
child's environment (PGPASSWORD) only.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from wsedesk.errors import DatabaseError

BIN_ROOT = Path("/usr/lib/postgresql")


def find_pg_tool(name: str) -> Path | None:
    """The newest installed `name` (pg_dump, pg_restore), or None."""
    versions: list[tuple[int, Path]] = []
    if BIN_ROOT.is_dir():
        for child in BIN_ROOT.iterdir():
            candidate = child / "bin" / name
            if re.fullmatch(r"\d+", child.name) and candidate.exists():
                versions.append((int(child.name), candidate))
    if versions:
        return max(versions)[1]
    found = shutil.which(name)
    return Path(found) if found else None


def libpq_target(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection URI without the password, and the environment that carries it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def run_pg_tool(argv: list[str], env: dict[str, str], *, what: str) -> None:
    """Run a tool; a failure becomes a DatabaseError with its first lines of stderr (no data in them)."""
    try:
        result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=6 * 3600)
    except OSError as exc:
        raise DatabaseError(f"{what}: {Path(argv[0]).name} kon niet starten ({exc.strerror}).") from None
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()][:3]
        raise DatabaseError(f"{what} mislukt: " + " / ".join(lines or [f"exitcode {result.returncode}"]))
