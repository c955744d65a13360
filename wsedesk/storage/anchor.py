"""The audit chain's head, anchored outside the database, so a cut tail cannot go unseen.

Whoever can edit the database can drop the append-only trigger, delete the newest audit rows
and rewrite `audit_head` to match: the chain inside the database is then intact again. After
every commit that moved the head, the program also writes that head (sequence number and hash,
signed with an HMAC key from storage/keys.py) to an anchor file:

- for a SQLite file beside it, `<file>.anker.json` (and beside every backup of it);
- for a PostgreSQL database in the per-user data directory, `ankers/<host>-<port>-<db>.json`:
  the newest head this machine wrote or saw.

`wsedesk db check` then demands that the chain still holds the anchored entry with the anchored
hash, and on open a SQLite file whose head is older than its anchor is refused: it lost its
newest transactions (a lost `-wal`, or an older copy put in its place).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from wsedesk.errors import DatabaseError
from wsedesk.paths import user_data_dir
from wsedesk.storage.keys import get_secret

log = logging.getLogger(__name__)

FORMAT = "wsedesk-audit-anchor/1"
KEY_NAME = "audit-anker"
# Set by storage/audit.py in session.info when a flush moved the head; written after the commit.
HEAD_INFO = "audit_head"


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str


def sqlite_anchor_path(path: Path) -> Path:
    """The anchor beside a SQLite file (or beside a backup of one)."""
    return path.with_name(path.name + ".anker.json")


def move_with_anchor(source: Path, target: Path) -> None:
    """Rename a closed SQLite file into place together with its anchor."""
    source.replace(target)
    anchor = sqlite_anchor_path(source)
    if anchor.exists():
        anchor.replace(sqlite_anchor_path(target))


def anchor_path_for(url: URL) -> Path:
    """Where the anchor of this database lives (beside a SQLite file, else in the data dir)."""
    if url.drivername.startswith("sqlite"):
        return sqlite_anchor_path(Path(str(url.database)))
    host = url.host or str(url.query.get("host", "local"))
    name = f"{host}-{url.port or url.query.get('port', 5432)}-{url.database}"
    safe = re.sub(r"[^A-Za-z0-9._-]+", "_", name)
    return user_data_dir() / "ankers" / f"{safe}.json"


def sign_anchor(anchor: Anchor) -> str:
    """The HMAC of an anchor with this installation's key."""
    key = get_secret(KEY_NAME)
    assert key is not None
    return hmac.new(key, f"{anchor.seq}:{anchor.hash}".encode(), hashlib.sha256).hexdigest()


def _stored_anchor(path: Path) -> tuple[Anchor, str] | None:
    """The anchor at `path` and its signature as written, not yet checked."""
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        raise DatabaseError(f"Het ankerbestand '{path}' van het auditspoor is onleesbaar.") from None
    try:
        return Anchor(int(raw["seq"]), str(raw["hash"])), str(raw["mac"])
    except (KeyError, TypeError, ValueError):
        raise DatabaseError(f"Het ankerbestand '{path}' van het auditspoor is onvolledig.") from None


def claimed_anchor(path: Path) -> Anchor | None:
    """What the anchor at `path` says, its signature unchecked (no key needed: the keyring's
    import costs ~70 ms and 11 MB, so a check that passes whatever the signature skips it)."""
    stored = _stored_anchor(path)
    return stored[0] if stored else None


def read_anchor(path: Path) -> Anchor | None:
    """The anchor stored at `path`, None when there is none; DatabaseError when it was altered."""
    stored = _stored_anchor(path)
    if stored is None:
        return None
    anchor, mac = stored
    if not hmac.compare_digest(mac, sign_anchor(anchor)):
        raise DatabaseError(
            f"Het ankerbestand '{path}' van het auditspoor werd gewijzigd of komt van een andere "
            "installatie (handtekening klopt niet)."
        )
    return anchor


def write_anchor(path: Path, anchor: Anchor) -> None:
    """Replace the anchor atomically (temp file, fsync, rename); owner-only permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"format": FORMAT, "seq": anchor.seq, "hash": anchor.hash, "mac": sign_anchor(anchor)}
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(data, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


def advance_anchor(path: Path, head: Anchor) -> None:
    """Move the anchor forward to `head` (never back: another client may have seen further)."""
    try:
        current = read_anchor(path)
    except DatabaseError:
        current = None  # an altered anchor is db check's to report; do not bless it by keeping it
        log.warning("Audit anchor %s unreadable or altered; rewriting it", path)
    if current is None or head.seq > current.seq:
        write_anchor(path, head)


def install_anchor_writer(session_factory: Any, path: Path) -> None:
    """After each commit that moved the audit head, advance the anchor at `path`."""

    @event.listens_for(session_factory, "after_commit")
    def _after_commit(session: Session) -> None:
        if session.in_nested_transaction():
            return  # a savepoint (UnitOfWork.part): the head is anchored when the real commit lands
        head = session.info.pop(HEAD_INFO, None)
        if head is not None:
            try:
                advance_anchor(path, Anchor(*head))
            except OSError as exc:  # the commit stands; db check will say the anchor lags
                log.warning("Could not write the audit anchor %s: %s", path, exc)

    @event.listens_for(session_factory, "after_rollback")
    def _after_rollback(session: Session) -> None:
        session.info.pop(HEAD_INFO, None)
