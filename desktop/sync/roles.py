"""Names of the central database's roles, derived from the database name.

Why derived: PostgreSQL roles belong to the whole server, not to one database. Prefixing
them with the database name lets a staging and a production database (or two test runs)
share one server without one's agencies logging into the other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text

_UNSAFE = re.compile(r"[^a-z0-9_]")
AGENCY_CODE = re.compile(r"^[A-Za-z0-9_-]{1,16}$")


@dataclass(frozen=True, slots=True)
class CentralRoles:
    """The roles of one central database.

    Fields: owner (NOLOGIN; owns tables and functions, subject to row-level security),
    agencies (NOLOGIN group; may only execute the push/pull functions), prefix (for agency
    login roles: ``<prefix>_agency_<code>``).
    """

    prefix: str

    @property
    def owner(self) -> str:
        return f"{self.prefix}_owner"

    @property
    def agencies(self) -> str:
        return f"{self.prefix}_agencies"

    @property
    def remote(self) -> str:
        """NOLOGIN role owning the remote look-up functions: the only role whose policies
        reach another agency's rows, and only through those functions (revision c0003)."""
        return f"{self.prefix}_remote"

    def agency(self, code: str) -> str:
        """Login role of the agency ``code`` (validated: letters, digits, '-' and '_')."""
        if not AGENCY_CODE.match(code):
            raise ValueError(f"invalid agency code {code!r}")
        return f"{self.prefix}_agency_{_UNSAFE.sub('_', code.lower())}"


def roles_for(conn: Connection) -> CentralRoles:
    """The roles of the database ``conn`` is connected to."""
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    return CentralRoles(_UNSAFE.sub("_", str(database).lower())[:36])


def quote_ident(name: str) -> str:
    """A role name as a SQL identifier (names come from ``CentralRoles``, double-quoted anyway)."""
    return '"' + name.replace('"', '""') + '"'
