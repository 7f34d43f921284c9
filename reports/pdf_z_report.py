"""The daily closing (Z) report as an A4 PDF, in Arabic, French or English.

Why this shape: the branch manager signs this page and files it; an inspector later compares
it with the journal. So it shows, in the order they are checked: who closed which day and
when (Z number), the day's figures against the perpetual grand total (previous + day =
grand total, the arithmetic visible), where the money came from (tender, clerk, service),
what was cancelled (voids), then every till with its expected and counted cash and card and
the difference, shortfalls spelled out in red under the table so they cannot be missed.
It ends with the journal hash stored at the closing: the paper anchors the hash chain, and
``guichet audit verify`` must find that same hash.

Everything is drawn from ``ZReport.totals`` (the JSON stored on the closed day), never
recomputed, so a reprint is the same document as the original (marked as a duplicate).
Layout, bidi, shaping, mirroring and "page X of Y" come from ``reports.pdf_common``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from babel.numbers import format_percent
from reportlab.lib import colors
from reportlab.lib.units import mm

from desktop.config import TerminalSettings
from desktop.money import Money
from desktop.services.day_close import ZReport
from desktop.text import display_safe_record
from reports.pdf_common import (
    ACCENT,
    BAND,
    CONTENT_W,
    INK,
    MUTED,
    RULE,
    Column,
    Document,
    fmt_amount,
    fmt_date,
    fmt_money,
    iso,
    locale_for,
    ltr,
    tr_key,
)
from reports.pdf_labels import label
from reports.pdf_text import fit, layout

SHORT = colors.HexColor("#b42318")  # shortfalls: the one thing the manager must not miss
TENDER_ORDER = ("cash", "card")
SERVICE_ORDER = ("electricity", "gas", "water", "sanitation", "account_credit")


def render_z_report(
    report: ZReport,
    settings: TerminalSettings,
    lang: str,
    *,
    duplicate_on: dt.date | None = None,
) -> bytes:
    """The Z report of a closed day as PDF bytes, in ``lang`` (ar, fr, en).

    ``settings`` gives the company and agency names (the Z itself stores only the agency
    code). ``duplicate_on``: the reprint date, printed as "DUPLICATE" in the header; None
    for the original printed at the closing.
    """
    report, settings = display_safe_record(report), display_safe_record(settings)
    z = _Z(report, lang)
    title = label("z.title", lang)
    day = fmt_date(report.day, lang)
    note = f"{iso(settings.company_name)} — {title} {ltr(f'#{report.z_number}')} — {day}"
    doc = Document(
        lang,
        f"{title} {ltr(f'#{report.z_number}')} — {day}",
        note,
        author=f"{settings.company_name} — {settings.agency_name}",
    )
    _header(doc, z, settings, title, duplicate_on)
    _summary(doc, z)
    _tenders_and_services(doc, z)
    _clerks(doc, z)
    _sessions(doc, z)
    _journal(doc, z)
    return doc.render()


class _Z:
    """The stored totals with the helpers every section needs (money in the Z's currency,
    labels in the document language)."""

    def __init__(self, report: ZReport, lang: str) -> None:
        self.report = report
        self.totals: dict[str, Any] = report.totals
        self.lang = lang
        self.currency = report.currency or str(report.totals.get("currency", "DZD"))

    def money(self, minor: int) -> Money:
        return Money(int(minor), self.currency)

    def amount(self, minor: int) -> str:
        return fmt_amount(self.money(minor), self.lang)

    def full(self, minor: int) -> str:
        return fmt_money(self.money(minor), self.lang)

    def label(self, key: str, **values: str) -> str:
        return label(key, self.lang, **values)

    def tender(self, tender: str) -> str:
        return tr_key("tender", tender, self.lang)

    def clerk_names(self) -> dict[str, str]:
        """username -> full name, from the by-clerk rows (sessions store the username only)."""
        return {c["username"]: c.get("full_name") or c["username"] for c in self.totals["by_clerk"]}


def _count(n: int) -> str:
    return ltr(str(int(n)))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _tenders(z: _Z) -> list[str]:
    """Tenders present in the day, cash and card first, in a fixed order."""
    seen = set(z.totals["by_tender"]) | {c["tender"] for c in z.totals["by_clerk"]}
    return [t for t in TENDER_ORDER if t in seen] + sorted(seen - set(TENDER_ORDER))


# --- sections ------------------------------------------------------------------------------
def _header(
    doc: Document, z: _Z, settings: TerminalSettings, title: str, duplicate_on: dt.date | None
) -> None:
    r = z.report
    half = CONTENT_W / 2
    doc.y -= 14
    doc.put(fit(iso(settings.company_name), half, 13, True, doc.rtl), 0, half, doc.y)
    doc.color(ACCENT)
    doc.put(fit(title, half, 16, True, doc.rtl), half, half, doc.y, "end")
    doc.color(MUTED)
    doc.y -= 14
    agency = f"{iso(settings.agency_name)} ({ltr(r.agency)})"
    doc.put(fit(agency, half, 9, False, doc.rtl), 0, half, doc.y)
    doc.put(
        fit(
            z.label("z.currency_note", currency=tr_key("currency", z.currency, z.lang)),
            half,
            9,
            False,
            doc.rtl,
        ),
        half,
        half,
        doc.y,
        "end",
    )
    if duplicate_on is not None:
        doc.y -= 13
        doc.color(SHORT)
        dup = z.label("z.duplicate", date=fmt_date(duplicate_on, z.lang))
        doc.put(fit(dup, half, 9, True, doc.rtl), half, half, doc.y, "end")
    doc.color(INK)
    doc.y -= 8
    doc.rule(doc.y, ACCENT, 1)

    # Identity band: day and Z number at the start, who and when at the end.
    box_h = 40.0
    top = doc.y - 6
    doc.rect(0, top - box_h, CONTENT_W, box_h, fill=BAND)
    closed = r.closed_at.replace(tzinfo=dt.UTC).astimezone()
    offset = closed.strftime("%z")
    when = f"{fmt_date(closed.date(), z.lang)} {ltr(closed.strftime('%H:%M'))} " + ltr(
        f"(UTC{offset[:3]}:{offset[3:]})"
    )
    cells = [
        (z.label("z.day"), fmt_date(r.day, z.lang), 14.0),
        (z.label("z.no"), ltr(str(r.z_number)), 14.0),
        (z.label("z.closed_by"), iso(r.closed_by), 10.0),
        (z.label("z.closed_at"), when, 10.0),
    ]
    quarter = CONTENT_W / 4
    for i, (key, value, size) in enumerate(cells):
        x = i * quarter + 8
        width = quarter - 12
        doc.color(MUTED)
        doc.put(fit(key, width, 7.5, False, doc.rtl), x, width, top - 13)
        doc.color(INK)
        doc.put(fit(value, width, size, True, doc.rtl), x, width, top - 31)
    doc.y = top - box_h - 4


def _summary(doc: Document, z: _Z) -> None:
    """Day totals at the start, the perpetual total's arithmetic at the end."""
    t = z.totals
    doc.heading(z.label("z.summary"))
    start = doc.y
    half = CONTENT_W / 2 - 10
    voids = t["voids"]
    doc.pairs(
        [
            (z.label("z.payments"), _count(t["payments"])),
            (z.label("z.voids_count"), _count(voids["count"])),
            (z.label("z.voids_amount"), z.full(voids["amount_minor"])),
            (z.label("z.day_total"), z.full(t["day_total_minor"])),
        ],
        key_w=half * 0.6,
        value_w=half * 0.4,
        bold_last=True,
    )
    left_end = doc.y
    doc.y = start
    x = CONTENT_W / 2 + 10
    doc.pairs(
        [
            (z.label("z.previous_grand"), z.full(t["previous_grand_total_minor"])),
            ("+ " + z.label("z.day_total"), z.full(t["day_total_minor"])),
            ("= " + z.label("z.grand_total"), z.full(t["grand_total_minor"])),
        ],
        key_w=half * 0.6,
        value_w=half * 0.4,
        x=x,
        bold_last=True,
    )
    doc.hline(x + half * 0.6, half * 0.4, doc.y + 13, INK)
    doc.y = min(doc.y, left_end) - 2


def _tenders_and_services(doc: Document, z: _Z) -> None:
    """Two small tables side by side: by tender (start) and by service (end)."""
    t = z.totals
    half = CONTENT_W / 2 - 10
    rows_t = [
        [
            z.tender(k),
            _count(t["by_tender"][k]["count"]),
            z.amount(t["by_tender"][k]["amount_minor"]),
        ]
        for k in _tenders(z)
        if k in t["by_tender"]
    ]
    rows_t.append([z.label("z.total"), _count(t["payments"]), z.amount(t["day_total_minor"])])
    by_service: dict[str, int] = t["by_service"]
    services = [s for s in SERVICE_ORDER if s in by_service] + sorted(
        set(by_service) - set(SERVICE_ORDER)
    )
    service_total = sum(by_service.values())
    rows_s = [
        [
            _cap(tr_key("service", s, z.lang)),
            _share(by_service[s], service_total, z),
            z.amount(by_service[s]),
        ]
        for s in services
    ]
    rows_s.append(
        [
            z.label("z.total"),
            _share(service_total, service_total, z) if services else "",
            z.amount(service_total),
        ]
    )
    doc.need(28 + 13 * (max(len(rows_t), len(rows_s)) + 2))
    doc.y -= 8
    top = doc.y
    _subheading(doc, z.label("z.by_tender"), 0, half)
    doc.table(
        [
            Column("tender", z.label("z.col.tender"), half * 0.44),
            Column("count", z.label("z.col.count"), half * 0.2, numeric=True),
            Column("amount", z.label("z.col.amount"), half * 0.36, numeric=True),
        ],
        rows_t,
        size=8,
        row_h=13,
        bold_rows=frozenset({len(rows_t) - 1}),
    )
    left_end = doc.y
    doc.y = top
    x = CONTENT_W / 2 + 10
    _subheading(doc, z.label("z.by_service"), x, half)
    doc.table(
        [
            Column("service", z.label("z.col.service"), half * 0.44),
            Column("share", z.label("z.col.share"), half * 0.2, numeric=True),
            Column("amount", z.label("z.col.amount"), half * 0.36, numeric=True),
        ],
        rows_s,
        size=8,
        row_h=13,
        bold_rows=frozenset({len(rows_s) - 1}),
        x0=x,
    )
    doc.y = min(doc.y, left_end) - 4


def _share(part: int, whole: int, z: _Z) -> str:
    """Percentage with one decimal, written as the document's amounts are (comma in French)."""
    if not whole:
        return ""
    text = format_percent(part / whole, "#,##0.0\u00a0%", locale=locale_for(z.lang, z.currency))
    return ltr(text)


def _subheading(doc: Document, text: str, x: float, width: float) -> None:
    doc.y -= 12
    doc.color(ACCENT)
    doc.put(fit(text, width, 9.5, True, doc.rtl), x, width, doc.y)
    doc.color(INK)
    doc.y -= 3


def _clerks(doc: Document, z: _Z) -> None:
    """One row per clerk: payments, then one amount column per tender, then the total."""
    tenders = _tenders(z)
    clerks: dict[str, dict[str, Any]] = {}
    for c in z.totals["by_clerk"]:
        row = clerks.setdefault(
            c["username"], {"name": c.get("full_name") or c["username"], "count": 0, "total": 0}
        )
        row["count"] += c["count"]
        row["total"] += c["amount_minor"]
        row[c["tender"]] = row.get(c["tender"], 0) + c["amount_minor"]
    doc.heading(z.label("z.by_clerk"))
    amount_w = 30 * mm
    name_w = CONTENT_W - 22 * mm - amount_w * (len(tenders) + 1)
    cols = [
        Column("clerk", z.label("z.col.clerk"), name_w),
        Column("count", z.label("z.col.payments"), 22 * mm, numeric=True),
    ]
    cols += [Column(k, z.tender(k), amount_w, numeric=True) for k in tenders]
    cols.append(Column("total", z.label("z.col.total"), amount_w, numeric=True))
    rows = [
        [
            f"{iso(row['name'])} ({ltr(username)})",
            _count(row["count"]),
            *(z.amount(row.get(k, 0)) for k in tenders),
            z.amount(row["total"]),
        ]
        for username, row in clerks.items()
    ]
    if not rows:
        rows.append([z.label("z.none"), "", *("" for _ in tenders), ""])
    rows.append(
        [
            z.label("z.total"),
            _count(sum(r["count"] for r in clerks.values())),
            *(z.amount(sum(r.get(k, 0) for r in clerks.values())) for k in tenders),
            z.amount(sum(r["total"] for r in clerks.values())),
        ]
    )
    doc.table(cols, rows, size=8, row_h=13, bold_rows=frozenset({len(rows) - 1}))


def _sessions(doc: Document, z: _Z) -> None:
    """Every till: float, cash and card expected / counted / difference, payments, voids.

    A row with any difference is bold; below the table each difference is written out
    (shortfalls in red), so a shortfall is seen even on a black and white copy."""
    sessions: Sequence[dict[str, Any]] = z.totals["sessions"]
    names = z.clerk_names()
    doc.heading(z.label("z.sessions"))
    w_term, w_float, w_amt, w_diff, w_pay, w_void = (x * mm for x in (11, 18, 17, 15, 13, 11))
    clerk_w = CONTENT_W - (w_term + w_float + 2 * (2 * w_amt + w_diff) + w_pay + w_void)
    cols = [
        Column("terminal", z.label("z.col.terminal"), w_term),
        Column("clerk", z.label("z.col.clerk"), clerk_w),
        Column("float", z.label("z.col.float"), w_float, numeric=True),
        Column("cash_expected", z.label("z.col.expected"), w_amt, numeric=True),
        Column("cash_counted", z.label("z.col.counted"), w_amt, numeric=True),
        Column("cash_diff", z.label("z.col.difference"), w_diff, numeric=True),
        Column("card_expected", z.label("z.col.expected"), w_amt, numeric=True),
        Column("card_counted", z.label("z.col.counted"), w_amt, numeric=True),
        Column("card_diff", z.label("z.col.difference"), w_diff, numeric=True),
        Column("payments", z.label("z.col.payments"), w_pay, numeric=True),
        Column("voided", z.label("z.col.voided"), w_void, numeric=True),
    ]
    # Group band above the column titles: "Cash" over three columns, "Card" over three.
    row_h = 13.0
    doc.need(14 + 4 * row_h)
    doc.y -= 13
    x = w_term + clerk_w + w_float
    for tender in ("cash", "card"):
        span = 2 * w_amt + w_diff
        doc.rect(x + 1, doc.y, span - 2, 12, fill=BAND)
        doc.put(
            fit(z.tender(tender), span - 6, 8, True, doc.rtl),
            x + 3,
            span - 6,
            doc.y + 3.5,
            "center",
        )
        x += span
    keys = (
        "opening_float_minor",
        "expected_cash_minor",
        "counted_cash_minor",
        "over_short_cash_minor",
        "expected_card_minor",
        "counted_card_minor",
        "over_short_card_minor",
    )
    rows, bold = [], set()
    for i, s in enumerate(sessions):
        if s["over_short_cash_minor"] or s["over_short_card_minor"]:
            bold.add(i)
        rows.append(
            [
                ltr(s["terminal"]),
                ltr(s["username"]),
                *(_signed(z, s[k]) if "over_short" in k else z.amount(s[k]) for k in keys),
                _count(s["payments"]),
                _count(s["voided"]),
            ]
        )
    if not rows:
        rows.append(["", z.label("z.none"), *("" for _ in keys), "", ""])
    rows.append(
        [
            "",
            z.label("z.total"),
            *(
                _signed(z, sum(s[k] for s in sessions))
                if "over_short" in k
                else z.amount(sum(s[k] for s in sessions))
                for k in keys
            ),
            _count(sum(s["payments"] for s in sessions)),
            _count(sum(s["voided"] for s in sessions)),
        ]
    )
    bold.add(len(rows) - 1)
    doc.table(cols, rows, size=7, row_h=row_h, bold_rows=frozenset(bold))
    _differences(doc, z, sessions, names)


def _signed(z: _Z, minor: int) -> str:
    """An over/short figure with its sign: "+5.00" over, "-10.00" short, "0.00" balanced."""
    text = z.amount(minor)
    return text.replace("\u2066", "\u2066+", 1) if minor > 0 else text


def _differences(
    doc: Document, z: _Z, sessions: Sequence[dict[str, Any]], names: dict[str, str]
) -> None:
    doc.gap(4)
    lines: list[tuple[str, colors.Color]] = []
    for s in sessions:
        for tender in ("cash", "card"):
            minor = s[f"over_short_{tender}_minor"]
            if not minor:
                continue
            key, color = ("z.shortfall", SHORT) if minor < 0 else ("z.overage", INK)
            text = z.label(
                key,
                tender=z.tender(tender),
                clerk=iso(names.get(s["username"], s["username"])),
                terminal=ltr(s["terminal"]),
                amount=z.full(minor),
            )
            lines.append((text, color))
    if not lines:
        doc.text(z.label("z.no_difference"), 8.5, color=MUTED)
    for text, color in lines:
        doc.text(text, 8.5, bold=color is SHORT, color=color)


def _journal(doc: Document, z: _Z) -> None:
    """The journal hash stored at the closing, then the manager's signature box."""
    doc.need(150)
    doc.heading(z.label("z.journal"), 10)
    doc.y -= 16
    digest = z.report.journal_hash or "—"
    doc.put(fit(ltr(digest), CONTENT_W, 10, True, doc.rtl), 0, CONTENT_W, doc.y)
    doc.y -= 4
    doc.text(z.label("z.journal_note", command=ltr("guichet audit verify")), 7.5, color=MUTED)
    doc.y -= 24
    half = CONTENT_W / 2
    doc.put(layout(label("cert.signature", z.lang), 9, True, doc.rtl), half, half, doc.y, "center")
    doc.y -= 66
    doc.rect(half + 30, doc.y, half - 60, 58, stroke=RULE)
