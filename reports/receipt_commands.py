"""`guichet receipt` and `guichet printer` (registered through the guichet.commands entry point).

Why in reports: drawing needs Qt, which the core must not import; the core's CLI finds these
commands through the entry point. Saving a PNG or an ESC/POS file does not count as a print;
sending to a printer does (the next print of the same receipt is a DUPLICATA).
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop import cli_output
from desktop.bootstrap import open_store
from desktop.devices.profiles import CUTS, PROFILES
from desktop.devices.queue import FAILED, PRINTING, QUEUED, STATUSES
from desktop.devices.settings import IMPLS, WIDTHS, PrinterSettings
from desktop.domain.errors import DomainError
from desktop.store.db import Store
from desktop.use_cases import printing


def register(subparsers: Any) -> None:
    """Add `receipt` and `printer` to the `guichet` parser."""
    p = subparsers.add_parser(
        "receipt", help="render a receipt to PNG / ESC/POS, or print it (a reprint: DUPLICATA)"
    )
    p.add_argument("receipt_no")
    p.add_argument("--png", type=Path, help="save the receipt image (1 bit per dot) to FILE")
    p.add_argument("--escpos", type=Path, help="save the ESC/POS bytes to FILE")
    p.add_argument("--printer", help="print on URI (default: the terminal's printer_uri)")
    _layout_options(p)
    p.set_defaults(handler=cmd_receipt)

    printer = subparsers.add_parser("printer", help="receipt printer: test page and print queue")
    sub = printer.add_subparsers(dest="printer_command", required=True, metavar="ACTION")
    t = sub.add_parser("test", help="print a test page")
    t.add_argument("--printer", help="printer URI (default: the terminal's printer_uri)")
    _layout_options(t)
    t.set_defaults(handler=cmd_printer_test)
    q = sub.add_parser("queue", help="list print jobs not printed yet")
    q.add_argument("--all", action="store_true", help="include printed jobs")
    q.add_argument("--json", action="store_true")
    q.set_defaults(handler=cmd_printer_queue)
    r = sub.add_parser("retry", help="put a print job back in the queue and print it now")
    r.add_argument("job")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=cmd_printer_retry)
    w = sub.add_parser("run", help="try every queued print job once")
    w.add_argument("--json", action="store_true")
    w.set_defaults(handler=cmd_printer_run)


def _layout_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--width", type=int, choices=WIDTHS, help="dots per line (default: settings)")
    p.add_argument("--lang", choices=("ar,fr", "fr,ar", "ar", "fr"), help="label languages")
    p.add_argument("--impl", choices=IMPLS, help="raster command for older printers")
    p.add_argument("--fragment-height", type=int, help="rows per raster command")
    p.add_argument("--profile", choices=tuple(PROFILES), help="printer family (chooses the cut)")
    p.add_argument("--cut", choices=CUTS, help="cut command (auto: the profile's)")
    p.add_argument("--json", action="store_true")


def _settings(args: argparse.Namespace, base: PrinterSettings) -> PrinterSettings:
    changes = {
        "width": args.width,
        "languages": args.lang,
        "impl": args.impl,
        "fragment_height": args.fragment_height,
        "profile": args.profile,
        "cut": args.cut,
    }
    return dataclasses.replace(base, **{k: v for k, v in changes.items() if v is not None})


_emit = cli_output.emit


def cmd_receipt(args: argparse.Namespace, db_path: Path) -> None:
    from reports.receipt_image import render_receipt
    from reports.receipt_print import receipt_bytes

    store = open_store(db_path)
    try:
        # No --user on this command: the print is journaled without a name, as it always was.
        settings = _settings(args, printing.printer_settings(store, None))
        data = printing.receipt_data(store, None, args.receipt_no)
        out: dict[str, Any] = {"receipt_no": data.receipt_no, "print_count": data.print_count}
        if args.png:
            image = render_receipt(data, width=settings.width, languages=settings.language_order)
            if not image.save(str(args.png), "PNG"):
                raise DomainError(
                    "input.invalid", field="--png", problem=f"cannot write {args.png}."
                )
            out["png"] = str(args.png)
            out["size"] = [image.width(), image.height()]
        if args.escpos:
            payload = receipt_bytes(data, settings)
            try:
                args.escpos.write_bytes(payload)
            except OSError as exc:
                raise DomainError(
                    "input.invalid",
                    field="--escpos",
                    problem=f"cannot write {args.escpos} ({exc.strerror}).",
                ) from None
            out["escpos"] = str(args.escpos)
            out["bytes"] = len(payload)
        if args.printer or not (args.png or args.escpos):
            outcome = printing.print_receipt(
                store,
                None,
                data.receipt_no,
                receipt_bytes,
                printer_uri=args.printer,
                settings=settings,
            )
            if outcome.error is not None:
                raise outcome.error
            out |= {
                "job": outcome.job.uuid,
                "printer": outcome.job.printer_uri,
                "status": outcome.job.status,
                "kind": outcome.job.kind,
            }
    finally:
        store.dispose()

    def text() -> str:
        lines = [f"Receipt {out['receipt_no']}"]
        if "png" in out:
            lines.append(f"  image: {out['png']} ({out['size'][0]}x{out['size'][1]} dots)")
        if "escpos" in out:
            lines.append(f"  ESC/POS: {out['escpos']} ({out['bytes']} bytes)")
        if "job" in out:
            what = "reprinted (DUPLICATA)" if out["kind"] == "reprint" else "printed"
            lines.append(f"  {what} on {out['printer']} (job {out['job']})")
        return "\n".join(lines)

    _emit(out, args.json, text)


def cmd_printer_test(args: argparse.Namespace, db_path: Path) -> None:
    from reports.receipt_print import print_printer_test

    base = PrinterSettings()
    if db_path.exists():
        store = open_store(db_path)
        try:
            base = printing.printer_settings(store, None)
        finally:
            store.dispose()
    settings = _settings(args, base)
    uri = (args.printer or settings.uri).strip()
    if not uri:
        raise DomainError("printer.not_configured")
    sent = print_printer_test(uri, settings)
    _emit(
        {"printer": uri, "bytes": sent, "width": settings.width},
        args.json,
        lambda: f"Test page sent to {uri} ({sent} bytes, {settings.width} dots wide).",
    )


def _job_dict(job: Any) -> dict[str, Any]:
    return {
        "job": job.uuid,
        "kind": job.kind,
        "receipt_no": job.receipt_no,
        "printer": job.printer_uri,
        "status": job.status,
        "attempts": job.attempts,
        "error": job.last_error,
        "message": job.last_message,
        "created_at": job.created_at.isoformat(),
    }


def _job_line(job: Any) -> str:
    line = (
        f"{job.uuid}  {job.status:<8} {job.kind:<7} {job.receipt_no or '-':<22} {job.printer_uri}"
    )
    return line + (f"\n    {job.last_message}" if job.last_message else "")


def _with_store(db_path: Path, fn: Callable[[Store], Any]) -> Any:
    store = open_store(db_path)
    try:
        return fn(store)
    finally:
        store.dispose()


def cmd_printer_queue(args: argparse.Namespace, db_path: Path) -> None:
    def read(store: Store) -> Any:
        statuses = STATUSES if args.all else (QUEUED, PRINTING, FAILED)
        return printing.print_jobs(store, None, statuses=statuses)

    jobs = _with_store(db_path, read)
    _emit(
        [_job_dict(j) for j in jobs],
        args.json,
        lambda: "\n".join(_job_line(j) for j in jobs) or "The print queue is empty.",
    )


def cmd_printer_retry(args: argparse.Namespace, db_path: Path) -> None:
    def again(store: Store) -> Any:
        return printing.retry_job(store, None, args.job)

    outcome = _with_store(db_path, again)
    if outcome.error is not None:
        raise outcome.error
    _emit(_job_dict(outcome.job), args.json, lambda: f"Printed: {_job_line(outcome.job)}")


def cmd_printer_run(args: argparse.Namespace, db_path: Path) -> None:
    outcomes = _with_store(db_path, lambda store: printing.run_print_queue(store, None))
    data = [_job_dict(o.job) for o in outcomes]
    _emit(
        data,
        args.json,
        lambda: "\n".join(_job_line(o.job) for o in outcomes) or "Nothing to print.",
    )
