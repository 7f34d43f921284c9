"""Central database administration: create/upgrade the schema, add agencies, drop it all.

Why here and not in SQL scripts: the same steps run from `guichet central ...`, from tests and
from the demo, with the same checks. These functions need an administrator connection (a
superuser, or a role with CREATEROLE owning the database); agencies never call them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from importlib.resources import files
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from desktop.domain.errors import DomainError
from desktop.sync.roles import AGENCY_CODE, quote_ident, roles_for

if TYPE_CHECKING:  # Alembic is imported where it is used: the window imports this module
    from alembic.config import Config  # (through the sync client) and must start fast.

SCHEMA = "guichet"
VERSION_TABLE = "alembic_version_central"


def central_engine(url: str) -> Engine:
    """An engine for a central URL; ``postgresql://`` is read as psycopg 3."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise DomainError("central.url_invalid", url=_shown(url))
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return create_engine(parsed, pool_pre_ping=True)


def _shown(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def _alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("desktop.sync") / "central_migrations"))
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def upgrade_central(engine: Engine, revision: str = "head") -> str | None:
    """Create or upgrade the central schema; returns the revision reached."""
    from alembic import command

    cfg = _alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    return central_revision(engine)


def central_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"version_table": VERSION_TABLE, "version_table_schema": SCHEMA}
        )
        return ctx.get_current_revision()


@dataclass(frozen=True, slots=True)
class AgencyLogin:
    """What an agency's desktops need to reach the central database.

    Fields: agency (code), role (login role), password (shown once; only its hash is kept
    by PostgreSQL), host, port, database, url (for ``guichet sync --url``).
    """

    agency: str
    role: str
    password: str
    host: str
    port: int
    database: str

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{self.role}:{self.password}@{self.host}:{self.port}/{self.database}"


def add_agency(
    engine: Engine, code: str, *, name: str = "", region: str = "", new_password: bool = False
) -> AgencyLogin:
    """Register agency ``code`` and create its login role with a random password.

    An existing agency is refused unless ``new_password`` (then only its password changes).
    """
    if not AGENCY_CODE.match(code):
        raise DomainError("central.agency_code_invalid", code=code)
    password = secrets.token_urlsafe(24)
    with engine.begin() as conn:
        _require_schema(conn, engine)
        roles = roles_for(conn)
        role = roles.agency(code)
        known = conn.execute(
            text("SELECT role_name FROM guichet.agencies WHERE code = :c"), {"c": code}
        ).first()
        if known is not None and not new_password:
            raise DomainError("central.agency_exists", code=code)
        if known is None:
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
                conn.exec_driver_sql(f"ALTER ROLE {quote_ident(role)} LOGIN")
            else:
                conn.exec_driver_sql(f"CREATE ROLE {quote_ident(role)} LOGIN")
            conn.exec_driver_sql(f"GRANT {quote_ident(roles.agencies)} TO {quote_ident(role)}")
            conn.execute(
                text(
                    "INSERT INTO guichet.agencies (code, name, region, role_name) "
                    "VALUES (:c, :n, :r, :role)"
                ),
                {"c": code, "n": name, "r": region, "role": role},
            )
        # The password is a literal in the statement (utility commands take no parameters);
        # token_urlsafe only yields [A-Za-z0-9_-], so no quoting issue can arise.
        conn.exec_driver_sql(f"ALTER ROLE {quote_ident(role)} PASSWORD '{password}'")
        database = conn.execute(text("SELECT current_database()")).scalar_one()
        conn.exec_driver_sql(
            f"GRANT CONNECT ON DATABASE {quote_ident(database)} TO {quote_ident(role)}"
        )
    url = engine.url
    return AgencyLogin(code, role, password, url.host or "localhost", url.port or 5432, database)


@dataclass(frozen=True, slots=True)
class AgencyPolicy:
    """What central enforces on an agency's pushes (central revision c0009). Fields: agency,
    currency (None: the currency of its accounts), allow_credit (may an overpayment become
    account credit), max_payment_minor (largest payment accepted, minor units)."""

    agency: str
    currency: str | None
    allow_credit: bool
    max_payment_minor: int

    def as_dict(self) -> dict[str, object]:
        return {
            "agency": self.agency,
            "currency": self.currency,
            "allow_credit": self.allow_credit,
            "max_payment_minor": self.max_payment_minor,
        }


def agency_policy(
    engine: Engine,
    code: str,
    *,
    currency: str | None = None,
    allow_credit: bool | None = None,
    max_payment_minor: int | None = None,
) -> AgencyPolicy:
    """Read agency ``code``'s policy, changing the values given (None: unchanged)."""
    if currency is not None and not (
        len(currency) == 3 and currency.isascii() and currency.isupper()
    ):
        raise DomainError("central.currency_invalid", currency=currency)
    if max_payment_minor is not None and max_payment_minor <= 0:
        raise DomainError("central.max_payment_invalid", amount=str(max_payment_minor))
    with engine.begin() as conn:
        _require_schema(conn, engine)
        row = conn.execute(
            text(
                "UPDATE guichet.agencies SET currency = coalesce(:cur, currency), "
                "allow_credit = coalesce(:credit, allow_credit), "
                "max_payment_minor = coalesce(:max, max_payment_minor) WHERE code = :c "
                "RETURNING code, currency, allow_credit, max_payment_minor"
            ),
            {"c": code, "cur": currency, "credit": allow_credit, "max": max_payment_minor},
        ).first()
        if row is None:
            raise DomainError("central.agency_unknown", code=code)
    return AgencyPolicy(row[0], row[1], bool(row[2]), int(row[3]))


def _require_schema(conn: Connection, engine: Engine) -> None:
    found = conn.execute(text("SELECT to_regclass('guichet.agencies')")).scalar_one()
    if found is None:
        raise DomainError(
            "central.not_initialised", url=engine.url.render_as_string(hide_password=True)
        )


def drop_central(engine: Engine) -> None:
    """Remove the central schema and its roles from this database (tests, uninstall)."""
    with engine.begin() as conn:
        roles = roles_for(conn)
        agency_roles: list[str] = []
        if conn.execute(text("SELECT to_regclass('guichet.agencies')")).scalar_one():
            agency_roles = list(
                conn.execute(text("SELECT role_name FROM guichet.agencies")).scalars()
            )
        conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
        for role in [*agency_roles, roles.agencies, roles.remote, roles.owner]:
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
                conn.exec_driver_sql(f"DROP OWNED BY {quote_ident(role)} CASCADE")
                conn.exec_driver_sql(f"DROP ROLE {quote_ident(role)}")
