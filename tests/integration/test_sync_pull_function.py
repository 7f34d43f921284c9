"""c0004's ``guichet.pull`` (keys first, JSON for the page only) returns exactly what c0001's
did: the same pages, rows, order and ``full`` flags, over accounts, meters, bills and online
payments, whatever the page size. Checked on one central by pulling every page with the new
function, going down to c0003 (the old function), pulling again, and comparing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from alembic import command

from desktop.sync.admin import _alembic_config, upgrade_central
from desktop.sync.client import CentralClient
from desktop.sync.simulate import simulate_online_payments, simulate_region
from tests.integration.sync_world import Central, central_for, central_head

pytestmark = pytest.mark.postgres


@pytest.fixture
def central(pg_url: str) -> Iterator[Central]:
    with central_for(pg_url) as c:
        simulate_region(c.admin, "2401", 120, bills_per_account=3)
        simulate_region(c.admin, "2402", 40, bills_per_account=3, start=10_000)
        simulate_online_payments(c.admin, 25, agency="2401", seed=7)
        yield c


def _all_pages(client: CentralClient, limit: int) -> list[tuple[bool, list[dict[str, Any]]]]:
    pages, after = [], None
    while True:
        page = client.pull("0", after, limit)
        pages.append((page["full"], page["changes"]))
        if not (page["full"] and page["changes"]):
            return pages
        last = page["changes"][-1]
        after = {"rank": last["rank"], "xid": last["xid"], "key": last["key"]}


def _prosrc(central: Central) -> str:
    return str(
        central.scalar(
            "SELECT prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'guichet' AND p.proname = 'pull'"
        )
    )


def test_the_new_pull_returns_what_the_old_one_did(central: Central) -> None:
    client = central.client("2401")
    assert "MATERIALIZED" in _prosrc(central)
    new = {limit: _all_pages(client, limit) for limit in (1, 37, 2000)}
    kinds = {c["kind"] for _full, changes in new[2000] for c in changes}
    assert kinds == {"account", "service_point", "bill", "online_payment"}
    assert sum(len(c) for _f, c in new[37]) == sum(len(c) for _f, c in new[2000])
    assert all(c["data"]["agency_code"] == "2401" for _f, ch in new[37] for c in ch)

    cfg = _alembic_config(central.admin)
    with central.admin.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "c0003_remote_lookup")
    assert "MATERIALIZED" not in _prosrc(central)
    old = {limit: _all_pages(client, limit) for limit in (1, 37, 2000)}
    assert old == new

    assert upgrade_central(central.admin) == central_head(central.admin)
    assert _all_pages(central.client("2402"), 50)[0][1][0]["data"]["agency_code"] == "2402"
