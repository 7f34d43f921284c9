"""`guichet plan ...`: negotiate, create, follow and close installment calendars from the shell.

Why in the CLI too: support staff, the branch manager's scripts (due/overdue CSV for phone and
SMS follow-up, the cut list, the nightly `plan check`) and the end-to-end tests need every plan
use case without a screen, under the same rules as the window. Passwords come from
$GUICHET_PASSWORD and $GUICHET_APPROVER_PASSWORD, as for the till commands.

The agreement PDF is drawn by ``reports.pdf_plan_agreement``, imported only when a PDF is
asked for (reportlab and the fonts are not loaded for a proposal or a CSV).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from cli import output
from cli.passwords import login
from desktop.bootstrap import open_store
from desktop.domain.errors import DomainError
from desktop.domain.plans import PlanProposal, PlanTerms
from desktop.money import parse_amount
from desktop.services.plan_lists import CutCandidate, FollowUp
from desktop.services.plan_views import plan_json
from desktop.services.plans import CreatedPlan, DownPayment
from desktop.store.db import Store
from desktop.use_cases import accounts, plans

AGREEMENT_LANGS = ("ar", "fr", "en")
MAX_DAYS = 3660
"""Follow-up lists look at most ten years ahead."""


def register(sub: Any) -> None:
    """Add `guichet plan ...` to the parser."""
    p = sub.add_parser("plan", help="installment calendars: propose, create, show, follow up")
    ps = p.add_subparsers(dest="plan_command", required=True, metavar="ACTION")

    pr = ps.add_parser(
        "propose", help="preview a schedule and the rules it breaks (writes nothing)"
    )
    _terms_args(pr)
    pr.add_argument("--today", help="agreement date, YYYY-MM-DD (default: today)")
    pr.set_defaults(handler=cmd_propose)

    for name, helptext, handler in (
        ("create", "take the down payment and create the plan", cmd_create),
        ("renegotiate", "replace the active plan by a new one linked to it", cmd_renegotiate),
    ):
        c = ps.add_parser(name, help=helptext)
        _terms_args(c)
        c.add_argument("--user", required=True)
        c.add_argument("--approver", help="manager approving a plan outside the policy")
        c.add_argument("--reason", help="why the manager approves (required with --approver)")
        c.add_argument("--tender", choices=("cash", "card"), default="cash")
        c.add_argument("--tendered", help="cash handed over for the down payment")
        c.add_argument("--card-scheme", default="CIB")
        c.add_argument("--card-last4")
        c.add_argument("--auth-code")
        c.add_argument("--terminal-ref")
        c.add_argument("--agreement", type=Path, help="write the agreement PDF to this file")
        c.add_argument("--lang", choices=AGREEMENT_LANGS, default="fr")
        c.set_defaults(handler=handler)

    s = ps.add_parser("show", help="the account's plans, the active one first")
    s.add_argument("account_no")
    s.add_argument("--today", help="date the statuses are judged at (default: today)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=cmd_show)

    a = ps.add_parser("agreement", help="(re)print the agreement of a plan as an A4 PDF")
    a.add_argument("reference", help="plan reference, or an account number for its latest plan")
    a.add_argument("--out", type=Path, required=True)
    a.add_argument("--lang", choices=AGREEMENT_LANGS, default="fr")
    a.add_argument("--json", action="store_true")
    a.set_defaults(handler=cmd_agreement)

    x = ps.add_parser("cancel", help="a manager ends the active plan (the debt stays on the bills)")
    x.add_argument("account_no")
    x.add_argument("--user", required=True)
    x.add_argument("--reason", required=True)
    x.add_argument("--json", action="store_true")
    x.set_defaults(handler=cmd_cancel)

    d = ps.add_parser("due", help="installments due in the next N days (CSV for follow-up)")
    d.add_argument("--days", type=int, default=7)
    d.add_argument("--csv", type=Path, help="write the list to this CSV file")
    d.add_argument("--today")
    d.add_argument("--json", action="store_true")
    d.set_defaults(handler=cmd_due)

    o = ps.add_parser("overdue", help="installments past their due date (CSV for follow-up)")
    o.add_argument("--csv", type=Path)
    o.add_argument("--today")
    o.add_argument("--json", action="store_true")
    o.set_defaults(handler=cmd_overdue)

    k = ps.add_parser("cut-list", help="accounts eligible for a power cut (no active plan)")
    k.add_argument("--csv", type=Path)
    k.add_argument("--today")
    k.add_argument("--json", action="store_true")
    k.set_defaults(handler=cmd_cut_list)

    ch = ps.add_parser("check", help="break late plans, complete settled ones (journaled)")
    ch.add_argument("--today")
    ch.add_argument("--json", action="store_true")
    ch.set_defaults(handler=cmd_check)


def _terms_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("account_no")
    p.add_argument("--down", required=True, help="down payment (0 for none)")
    p.add_argument("--months", type=int, help="number of installments")
    p.add_argument("--installment", help="target installment amount (instead of --months)")
    p.add_argument("--bills", help="bills to include, comma-separated (default: all overdue)")
    p.add_argument("--json", action="store_true")


# --- helpers ------------------------------------------------------------------------------------


def _day(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError("date.invalid", field="--today", text=text) from None


def _terms(args: argparse.Namespace, store: Store) -> PlanTerms:
    currency, loc = accounts.amount_format(store, None, args.account_no)
    if (args.months is None) == (args.installment is None):
        raise DomainError("plan.terms_invalid")
    return PlanTerms(
        down=parse_amount(args.down, currency, allow_zero=True, locale=loc),
        count=args.months,
        installment=parse_amount(args.installment, currency, locale=loc)
        if args.installment
        else None,
        bill_nos=tuple(b.strip().upper() for b in (args.bills or "").split(",") if b.strip()),
    )


def proposal_json(p: PlanProposal) -> dict[str, Any]:
    """The preview as JSON: what `plan create` would record, with every broken rule."""
    return {
        "account_no": p.account_no,
        "category": p.category,
        "agreed_on": p.agreed_on.isoformat(),
        "currency": p.total.currency,
        "total": p.total.as_str(),
        "down_payment": p.down_payment.as_str(),
        "financed": p.financed.as_str(),
        "bills": [
            {"bill_no": b.bill_no, "due_date": b.due_date.isoformat(), "open": b.open.as_str()}
            for b in p.bills
        ],
        "installments": [
            {"seq": i.seq, "due_date": i.due_date.isoformat(), "amount": i.amount.as_str()}
            for i in p.installments
        ],
        "violations": [v.as_dict() for v in p.violations],
        "needs_approval": p.needs_approval,
        "blocked": p.blocked,
        "rounding": p.rounding.as_dict() if p.rounding else None,
        "max_installments": p.policy.max_installments,
        "ceiling_installments": p.policy.ceiling_installments,
    }


def _proposal_text(p: PlanProposal) -> str:
    lines = [
        f"{p.account_no}: total {p.total}, down payment {p.down_payment}, "
        f"{len(p.installments)} installment(s) for {p.financed}"
    ]
    lines += [f"  {i.seq:>2}. {i.due_date}  {i.amount.as_str():>12}" for i in p.installments]
    if p.rounding:
        lines.append(f"  Rounding: {p.rounding.message()}")
    lines += [f"  ! {v.message()}" for v in p.violations] or ["  Within the policy."]
    return "\n".join(lines)


def _renderer() -> ModuleType:
    """The agreement renderer (``check_writable``, ``write_plan_agreement``)."""
    from reports import pdf_plan_agreement

    return pdf_plan_agreement


# --- commands -----------------------------------------------------------------------------------


def cmd_propose(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    terms = _terms(args, store)
    proposal = plans.preview_plan(store, None, args.account_no, terms, today=_day(args.today))
    output.emit(proposal_json(proposal), args.json, _proposal_text(proposal))


def cmd_create(args: argparse.Namespace, db_path: Path) -> None:
    _create(args, db_path, renegotiate=False)


def cmd_renegotiate(args: argparse.Namespace, db_path: Path) -> None:
    _create(args, db_path, renegotiate=True)


def _create(args: argparse.Namespace, db_path: Path, *, renegotiate: bool) -> None:
    renderer = _renderer() if args.agreement else None
    if renderer is not None:
        renderer.check_writable(args.agreement)  # refuse before anything is written
    store = open_store(db_path)
    terms = _terms(args, store)
    currency, loc = accounts.amount_format(store, None, args.account_no)
    down = DownPayment(
        args.tender,
        parse_amount(args.tendered, currency, locale=loc) if args.tendered else None,
        args.card_scheme if args.tender == "card" else None,
        args.card_last4 if args.tender == "card" else None,
        args.auth_code if args.tender == "card" else None,
        args.terminal_ref if args.tender == "card" else None,
    )
    clerk = login(store, args.user)
    approver = login(store, args.approver, approver=True) if args.approver else None
    action = plans.renegotiate_plan if renegotiate else plans.create_plan
    made: CreatedPlan = action(
        store, clerk, args.account_no, terms, approver=approver, reason=args.reason, down=down
    )
    data = {
        "reference": made.reference,
        "plan_id": made.plan_uuid,
        "receipt_no": made.receipt_no,
        "approved_by": made.approved_by,
        "previous": made.previous,
        **proposal_json(made.proposal),
    }
    if renderer is not None:
        data["agreement"] = str(_write_agreement(store, renderer, made.reference, args))
    text = _proposal_text(made.proposal).splitlines()
    text[0] = (
        f"Plan {made.reference} created"
        + (f", down payment receipt {made.receipt_no}" if made.receipt_no else "")
        + "."
    )
    if "agreement" in data:
        text.append(f"Agreement written to {data['agreement']}")
    output.emit(data, args.json, "\n".join(text))


def _write_agreement(store: Store, renderer: Any, reference: str, args: argparse.Namespace) -> Path:
    try:
        agreement = plans.plan_agreement(store, None, reference)
        return renderer.write_plan_agreement(agreement, args.lang, args.agreement)
    except (DomainError, OSError) as exc:
        problem = exc.message() if isinstance(exc, DomainError) else str(exc)
        raise DomainError(
            "plan.agreement_failed", reference=reference, path=str(args.agreement), problem=problem
        ) from None


def cmd_show(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    active, shown = plans.show_plans(store, None, args.account_no, today=_day(args.today))
    data = {
        "account_no": shown[0].account_no if shown else args.account_no,
        "active": plan_json(active) if active else None,
        "plans": [plan_json(p) for p in shown],
    }
    if not shown:
        text = f"No installment plan on account {args.account_no}."
    else:
        lines = []
        for p in shown:
            lines.append(
                f"{p.reference} [{p.status}] agreed {p.agreed_on}: total {p.total}, "
                f"down {p.down_payment}, paid {p.paid}, remaining {p.remaining}"
            )
            if p.status == "active":
                lines += [
                    f"  {i.seq:>2}. {i.due_date}  {i.amount.as_str():>12}  paid "
                    f"{i.paid.as_str():>12}  {i.status}"
                    for i in p.installments
                ]
        text = "\n".join(lines)
    output.emit(data, args.json, text)


def cmd_agreement(args: argparse.Namespace, db_path: Path) -> None:
    renderer = _renderer()
    renderer.check_writable(args.out)
    store = open_store(db_path)
    reference = args.reference.strip().upper()
    if not reference.startswith("ECH-"):
        _, found = plans.show_plans(store, None, args.reference)
        if not found:
            raise DomainError("plan.not_found", reference=args.reference)
        reference = found[0].reference
    agreement = plans.plan_agreement(store, None, reference)
    path = renderer.write_plan_agreement(agreement, args.lang, args.out)
    output.emit(
        {"pdf": str(path), "reference": reference},
        args.json,
        f"Agreement {reference} written to {path}",
    )


def cmd_cancel(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    manager = login(store, args.user)
    reference = plans.cancel_plan(store, manager, args.account_no, args.reason)
    output.emit(
        {"reference": reference, "status": "cancelled"},
        args.json,
        f"Plan {reference} cancelled; its unpaid amount stays on the bills.",
    )


FOLLOW_UP_COLUMNS = (
    "account_no",
    "name_latin",
    "name_ar",
    "phone1",
    "phone2",
    "reference",
    "seq",
    "due_date",
    "amount",
    "paid",
    "remaining",
    "days_late",
)
CUT_COLUMNS = (
    "account_no",
    "name_latin",
    "name_ar",
    "category",
    "phone1",
    "city",
    "overdue",
    "oldest_due",
    "days_overdue",
    "bills",
    "last_plan",
)


def _row(item: FollowUp | CutCandidate, columns: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for c in columns:
        value = getattr(item, c)
        if hasattr(value, "as_str"):
            value = value.as_str()
        elif isinstance(value, dt.date):
            value = value.isoformat()
        out[c] = value
    return out


def write_csv(path: Path, columns: Sequence[str], rows: list[dict[str, Any]]) -> Path:
    """UTF-8 with a BOM (spreadsheets then read Arabic names right), written atomically."""
    target = path.expanduser()
    if not target.parent.is_dir():
        raise DomainError(
            "pdf.output_unwritable",
            path=str(target),
            problem=f"the folder {target.parent} does not exist",
        )
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            f.write(buf.getvalue())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise DomainError(
            "pdf.output_unwritable", path=str(target), problem=exc.strerror or str(exc)
        ) from None
    return target


def _list_out(
    args: argparse.Namespace,
    items: Sequence[FollowUp | CutCandidate],
    columns: Sequence[str],
    what: str,
) -> None:
    rows = [_row(i, columns) for i in items]
    data: dict[str, Any] = {"count": len(rows), "rows": rows}
    shown = [output.clean(r, multiline=False) for r in rows]  # one line per account
    if args.csv:
        data["csv"] = str(write_csv(args.csv, columns, rows))
    text = f"{len(rows)} {what}" + (f" written to {data['csv']}" if args.csv else "") + "."
    if not args.csv:
        text += "\n" + "\n".join(
            "  " + "  ".join(str(r[c] or "") for c in columns[:2] + columns[5:]) for r in shown
        )
    output.emit(data, args.json, text.rstrip())


def cmd_due(args: argparse.Namespace, db_path: Path) -> None:
    if not 0 <= args.days <= MAX_DAYS:  # a date that far ahead does not exist
        raise DomainError(
            "input.invalid",
            field="--days",
            problem=f"{args.days} is not a number of days from 0 to {MAX_DAYS}",
        )
    store = open_store(db_path)
    items = plans.installments_due(
        store, None, today=_day(args.today) or dt.date.today(), days=args.days
    )
    _list_out(args, items, FOLLOW_UP_COLUMNS, f"installment(s) due within {args.days} days")


def cmd_overdue(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    items = plans.installments_overdue(store, None, today=_day(args.today) or dt.date.today())
    _list_out(args, items, FOLLOW_UP_COLUMNS, "overdue installment(s)")


def cmd_cut_list(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    items = plans.cut_list(store, None, today=_day(args.today) or dt.date.today())
    _list_out(args, items, CUT_COLUMNS, "account(s) eligible for a cut")


def cmd_check(args: argparse.Namespace, db_path: Path) -> None:
    store = open_store(db_path)
    result = plans.check_plans(store, None, today=_day(args.today))
    data = {
        "broken": list(result.broken),
        "completed": list(result.completed),
        "reopened": list(result.reopened),
        "details": [{"reference": r, "reason": why} for r, why in result.details],
    }
    text = (
        f"{len(result.broken)} plan(s) broken, {len(result.completed)} completed, "
        f"{len(result.reopened)} reopened."
    )
    text += "".join(f"\n  {r}: {why}" for r, why in result.details)
    output.emit(data, args.json, text)
