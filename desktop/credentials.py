"""The central database password of an agency, kept in a file only its owner can read.

Why a file and not the settings table: the settings travel with every backup of the
database and are written into the journal when they change, so a password kept there leaks
into backups, the journal and central's copy of it. The terminal settings keep the central
address *without* the password (``central_url``) and, if needed, where the credentials file
is (``central_credentials``); the password itself lives in a small file created with mode
0600, and a file that others may read is refused, the way ssh refuses a private key.

File format (UTF-8, one ``key=value`` per line, ``#`` comments)::

    # Guichet central credentials of agency 2401: keep private (chmod 600)
    user=agency_2401
    password=...
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from desktop.config import env_text
from desktop.domain.errors import DomainError, Problem
from desktop.store.db import Store
from desktop.store.models import Setting

CREDENTIALS_ENV = "GUICHET_CENTRAL_CREDENTIALS"
SETTING_KEY = "central_credentials"
MAX_BYTES = 4096
"""A credentials file is a few lines; anything bigger is not one (and is not read whole)."""


def write_credentials(path: Path, user: str, password: str, *, comment: str = "") -> Path:
    """Create ``path`` holding ``user`` and ``password``, readable and writable by its owner
    only; refuse (``credentials.exists``) to replace an existing file.

    ``O_CREAT | O_EXCL`` with mode 0600 means the file never exists, even for an instant,
    with wider rights; ``fchmod`` then sets exactly 0600 whatever the umask.
    """
    target = Path(path).expanduser()
    if any(c in value for value in (user, password) for c in "\r\n\x00"):
        raise DomainError(
            "credentials.invalid",
            path=str(target),
            problem=Problem("line_break"),
        )
    lines = [
        f"# {comment}" if comment else "# Guichet central credentials: keep private (chmod 600)",
        f"user={user}",
        f"password={password}",
        "",
    ]
    try:
        fd = os.open(
            target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600
        )
    except FileExistsError:
        raise DomainError("credentials.exists", path=str(target)) from None
    except (OSError, ValueError) as exc:
        problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DomainError("credentials.unwritable", path=str(target), problem=problem) from None
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, "\n".join(lines).encode("utf-8"))
        os.fsync(fd)
    except OSError as exc:
        os.close(fd)
        target.unlink(missing_ok=True)
        raise DomainError(
            "credentials.unwritable", path=str(target), problem=exc.strerror or str(exc)
        ) from None
    os.close(fd)
    return target


def check_new_file(path: Path) -> Path:
    """Refuse, before anything else is done, a credentials path that cannot be created:
    it exists already, its folder is missing, or the name itself is impossible."""
    target = Path(path).expanduser()
    try:
        if target.exists() or target.is_symlink():
            raise DomainError("credentials.exists", path=str(target))
        if not target.parent.is_dir():
            raise DomainError(
                "credentials.unwritable",
                path=str(target),
                problem=Problem("folder_missing_named", folder=target.parent),
            )
    except (OSError, ValueError) as exc:
        problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DomainError("credentials.unwritable", path=str(target), problem=problem) from None
    return target


def check_private(path: Path, st: os.stat_result) -> None:
    """Refuse a credentials file that its group or others may read or write, or that
    belongs to another user (``credentials.too_open``, naming ``chmod 600 FILE``)."""
    if os.name != "posix":  # pragma: no cover - Windows ACLs are not mode bits
        return
    if st.st_mode & 0o077 or st.st_uid != os.getuid():
        raise DomainError(
            "credentials.too_open", path=str(path), mode=f"{stat.S_IMODE(st.st_mode):03o}"
        )


def read_credentials(path: Path) -> tuple[str, str]:
    """``(user, password)`` from the file at ``path``, after checking who may read it.

    Error codes: ``credentials.not_found``, ``credentials.too_open``, ``credentials.invalid``.
    """
    target = Path(path).expanduser()
    try:
        fd = os.open(target, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        raise DomainError("credentials.not_found", path=str(target)) from None
    except (OSError, ValueError) as exc:
        problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise DomainError("credentials.invalid", path=str(target), problem=problem) from None
    try:
        st = os.fstat(fd)  # the file opened, not a name that may have changed meanwhile
        if not stat.S_ISREG(st.st_mode):
            raise DomainError(
                "credentials.invalid", path=str(target), problem=Problem("not_a_file")
            )
        check_private(target, st)
        raw = os.read(fd, MAX_BYTES + 1)
    finally:
        os.close(fd)
    if len(raw) > MAX_BYTES:
        raise DomainError(
            "credentials.invalid", path=str(target), problem=Problem("file_too_large")
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(
            "credentials.invalid", path=str(target), problem=Problem("not_utf8")
        ) from None
    values: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep or key.strip() not in ("user", "password"):
            raise DomainError(
                "credentials.invalid",
                path=str(target),
                problem=Problem("credentials_line"),
            )
        values[key.strip()] = value
    password = values.get("password", "")
    if not password or "\x00" in password:
        raise DomainError(
            "credentials.invalid", path=str(target), problem=Problem("no_password_line")
        )
    return values.get("user", "").strip(), password


def central_url_with_password(url: str, credentials_path: str | Path | None) -> str:
    """The central address to connect with: ``url`` plus the password (and the user, when
    the address names none) read from ``credentials_path``.

    Without a credentials file, ``url`` is returned as it is (an address typed on the
    command line or in ``$GUICHET_CENTRAL_URL`` may still carry its password). A file
    naming another user than the address is refused: it belongs to another agency.
    """
    if credentials_path is None or not str(credentials_path).strip():
        return url
    path = Path(str(credentials_path).strip())
    user, password = read_credentials(path)
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        raise DomainError("central.url_invalid", url=url) from None
    if parsed.username and user and parsed.username != user:
        raise DomainError(
            "credentials.wrong_user", path=str(path), user=user, url_user=parsed.username
        )
    parsed = parsed.set(username=parsed.username or user or None, password=password)
    return parsed.render_as_string(hide_password=False)


def credentials_path(setting: str | None = None) -> Path | None:
    """Where this terminal's credentials are: ``$GUICHET_CENTRAL_CREDENTIALS``, else the
    terminal setting ``central_credentials``; None when neither is set."""
    value = env_text(CREDENTIALS_ENV) or (setting or "").strip()
    return Path(value).expanduser() if value else None


def terminal_central_url(store: Store) -> str:
    """The central address this terminal connects with: the ``central_url`` setting plus the
    agency password from its 0600 credentials file (``central_credentials`` setting or
    ``$GUICHET_CENTRAL_CREDENTIALS``); '' when no central is configured. The one place the
    window's background sync and its remote look-up both take their address from."""
    with store.read() as s:
        values = dict(
            s.execute(
                select(Setting.key, Setting.value).where(
                    Setting.key.in_(("central_url", SETTING_KEY))
                )
            ).all()
        )
    url = (values.get("central_url") or "").strip()
    if not url:
        return ""
    return central_url_with_password(url, credentials_path(values.get(SETTING_KEY)))
