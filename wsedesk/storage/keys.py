"""Secrets of this installation (the audit anchor's HMAC key, the database encryption key).

They live in the system keyring (Secret Service, macOS Keychain, Windows Credential Locker)
when the `keyring` package finds one. Where there is none — a server without a desktop
session, CI — each secret is a file readable by its owner only (mode 0600) in the per-user
configuration directory, `sleutels/<name>.key` (or in `WSEDESK_KEY_DIR`). `WSEDESK_KEYRING=file`
forces the file store (the tests use it, so a developer's own keyring is never touched).
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from wsedesk.paths import user_config_dir

log = logging.getLogger(__name__)

SERVICE = "wsedesk"
ENV_STORE = "WSEDESK_KEYRING"


ENV_KEY_DIR = "WSEDESK_KEY_DIR"


def key_dir() -> Path:
    """Where the key files live: `WSEDESK_KEY_DIR`, else `sleutels/` in the per-user config dir."""
    override = os.environ.get(ENV_KEY_DIR)
    return Path(override) if override else user_config_dir() / "sleutels"


def _keyring_get(name: str) -> str | None:
    """The secret from the system keyring; None when absent; raises when there is no keyring."""
    import keyring  # optional at run time: the file store below works without it
    from keyring.backends import fail

    if isinstance(keyring.get_keyring(), fail.Keyring):
        raise RuntimeError("no system keyring")
    return keyring.get_password(SERVICE, name)


def _keyring_set(name: str, value: str) -> None:
    import keyring

    keyring.set_password(SERVICE, name, value)


def _use_keyring() -> bool:
    return os.environ.get(ENV_STORE, "").lower() != "file"


def _file_path(name: str) -> Path:
    return key_dir() / f"{name}.key"


def _read_file(name: str) -> str | None:
    path = _file_path(name)
    try:
        return path.read_text(encoding="ascii").strip() or None
    except FileNotFoundError:
        return None


def _write_file(name: str, value: str) -> None:
    folder = key_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = _file_path(name)
    # O_EXCL: two processes creating the key at once must not overwrite each other's.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(value)
        out.flush()
        os.fsync(out.fileno())


_cache: dict[tuple[str, Path], bytes] = {}


def get_secret(name: str, *, create: bool = True) -> bytes | None:
    """The 32-byte secret called `name`; made (and stored) on first use when `create`."""
    cache_key = (name, key_dir())
    if cache_key in _cache:
        return _cache[cache_key]
    secret = _load_secret(name, create=create)
    if secret is not None:
        _cache[cache_key] = secret
    return secret


def put_secret(name: str, secret: bytes) -> None:
    """Store a secret made elsewhere (a visit package's key) under `name`, where get_secret finds it."""
    value = secret.hex()
    stored = False
    if _use_keyring():
        try:
            _keyring_get(name)  # raises when there is no usable keyring
            _keyring_set(name, value)
            stored = True
        except Exception as exc:
            log.info("System keyring unavailable (%s); using the key file", type(exc).__name__)
    if not stored:
        _write_file(name, value)
    _cache[(name, key_dir())] = secret


def _load_secret(name: str, *, create: bool) -> bytes | None:
    value: str | None = None
    keyring_ok = False
    if _use_keyring():
        try:
            value = _keyring_get(name)
            keyring_ok = True
        except Exception as exc:  # no keyring backend, no D-Bus session, locked keyring …
            log.info("System keyring unavailable (%s); using the key file", type(exc).__name__)
    if value is None:
        value = _read_file(name)
    if value is None and create:
        fresh = secrets.token_hex(32)
        if keyring_ok:
            _keyring_set(name, fresh)
            value = fresh
        else:
            try:
                _write_file(name, fresh)
                value = fresh
            except FileExistsError:  # another process was first: use its key
                value = _read_file(name)
    return bytes.fromhex(value) if value else None
