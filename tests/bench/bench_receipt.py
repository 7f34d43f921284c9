"""Benchmark: median time to draw a receipt and encode it to ESC/POS (target < 100 ms).

Run: .venv/bin/python tests/bench/bench_receipt.py [--runs 50]
Why a script and not a test: timings depend on the machine; the figures go to
docs/benchmarks.md with the machine they were taken on (``run`` is what
tests/bench/run_all.py calls). Naive baseline for the encoding: python-escpos's own
``printer.image(impl="bitImageRaster")``, which writes the same bytes (a unit test compares
them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from escpos.printer import Dummy
from PySide6.QtGui import QImage

from desktop.money import Money
from desktop.services.receipts import ReceiptBill, ReceiptData
from reports.receipt_escpos import ESC_INIT, EscposOptions, encode_image, to_pil
from reports.receipt_image import render_receipt
from tests.bench.suite import Context, Outcome, Target, percentile, ratio, with_targets

TARGET_MS = 100.0


def sample(bills: int) -> ReceiptData:
    def dzd(minor: int) -> Money:
        return Money(minor, "DZD")

    rows = tuple(
        ReceiptBill(
            f"F2401{i:07d}",
            ("electricity", "gas", "water")[i % 3],
            dt.date(2025, 1, 1),
            dt.date(2025, 3, 31),
            dzd(146_656),
        )
        for i in range(bills)
    )
    total = dzd(146_656 * bills)
    return ReceiptData(
        company_name="Sonelgaz Distribution Est",
        agency_name="Agence commerciale de Guelma",
        header_lines=("RC 24/00-0012345 B 02 | NIF 000224012345678",),
        footer_lines=(),
        receipt_no="2401-T01-2025-000123",
        issued_at=dt.datetime(2025, 6, 15, 11, 30).astimezone(),
        clerk="Amina Belkacem",
        agency_code="2401",
        terminal_code="T01",
        account_no="240100000001",
        name_ar="محمد بن علي بوعلام",
        name_latin="Mohamed Benali Boualem",
        bills=rows,
        credit=dzd(0),
        total=total,
        tender="cash",
        tendered=total + dzd(10_000),
        change=dzd(10_000),
        card_scheme=None,
        card_last4=None,
        auth_code=None,
        terminal_ref=None,
        balance_after=dzd(52_000),
        status="valid",
        print_count=0,
        record_hash="3429e19acc4b4a41",
        verification="GCH1;2401-T01-2025-000123;4399.68 DZD;2025-06-15T10:30:00Z;3429e19acc4b4a41",
        locale="fr_DZ",
    )


def measure(data: ReceiptData, width: int, runs: int) -> tuple[list[float], list[float]]:
    render_ms, encode_ms = [], []
    opts = EscposOptions(drawer_pin=2)
    for _ in range(runs):
        t0 = time.perf_counter()
        image = render_receipt(data, width=width)
        t1 = time.perf_counter()
        encode_image(image, opts)
        t2 = time.perf_counter()
        render_ms.append((t1 - t0) * 1000)
        encode_ms.append((t2 - t1) * 1000)
    return render_ms, encode_ms


def encode_naive(image: QImage) -> bytes:
    """The same bytes through python-escpos's ``printer.image`` (four full-image PIL
    conversions), as ``encode_image`` did before its own raster writer."""
    printer = Dummy()
    data = dict(printer.profile.profile_data)
    data["media"] = {"dpi": 203, "width": {"mm": "Unknown", "pixels": image.width()}}
    printer.profile.profile_data = data
    printer._raw(ESC_INIT)
    printer.cashdraw(2)
    printer.image(to_pil(image), impl="bitImageRaster", fragment_height=960)
    printer.cut(mode="FULL")
    return bytes(printer.output)


def run(ctx: Context) -> Outcome:
    """Every case, plus the naive encoding of the main one; the suite's section."""
    runs = 10 if ctx.quick else 50
    t0 = time.perf_counter()
    render_receipt(sample(1), width=576)
    first = (time.perf_counter() - t0) * 1000
    rows = [
        "| case | render p50 ms | encode p50 ms | total p50 ms | total p95 ms |",
        "|---|---:|---:|---:|---:|",
    ]
    main_totals: list[float] = []
    for bills, width in ((3, 576), (12, 576), (3, 512), (3, 384)):
        render, encode = measure(sample(bills), width, runs)
        totals = [r + e for r, e in zip(render, encode, strict=True)]
        main_totals = main_totals or totals
        rows.append(
            f"| {bills} bills, {width} dots | {statistics.median(render):.1f} | "
            f"{statistics.median(encode):.1f} | {statistics.median(totals):.1f} | "
            f"{percentile(totals, 95):.1f} |"
        )
    image = render_receipt(sample(3), width=576)
    ours_enc, naive_enc = [], []
    for _ in range(runs):
        t1 = time.perf_counter()
        encode_image(image, EscposOptions(drawer_pin=2))
        t2 = time.perf_counter()
        encode_naive(image)
        naive_enc.append((time.perf_counter() - t2) * 1000)
        ours_enc.append((t2 - t1) * 1000)
    render_only = [t - e for t, e in zip(main_totals, ours_enc, strict=True)]
    naive_totals = [r + n for r, n in zip(render_only, naive_enc, strict=True)]
    p95, naive_p95 = percentile(main_totals, 95), percentile(naive_totals, 95)
    met = p95 < TARGET_MS
    section = "\n".join(
        [
            "## Receipt render and encode (generated by tests/bench/bench_receipt.py)",
            "",
            f"`render_receipt` (QPainter raster, bilingual, QR) then `encode_image` (ESC/POS, drawer "
            f"kick, `GS v 0` raster, cut), {runs} runs per case, after a first receipt in the process "
            f"({first:.0f} ms: Qt start-up and fonts, paid once at log-in by the window).",
            "",
            f"**3 bills, 576 dots: p95 {p95:.1f} ms** (target < {TARGET_MS:.0f} ms: "
            f"{'met' if met else '**not met**'}).",
            "",
            *rows,
            "",
            f"Encoding alone, 3 bills at 576 dots: ours p50 {statistics.median(ours_enc):.1f} ms, "
            f"python-escpos `printer.image` (same bytes) p50 {statistics.median(naive_enc):.1f} ms "
            f"({ratio(statistics.median(naive_enc), statistics.median(ours_enc))}); the whole receipt "
            f"with the naive encoding: p95 {naive_p95:.1f} ms.",
        ]
    )
    targets = [
        Target(
            "receipt render + ESC/POS encode (3 bills, 576 dots)",
            f"< {TARGET_MS:.0f} ms",
            f"p95 {p95:.1f} ms (p50 {statistics.median(main_totals):.1f})",
            met,
            f"python-escpos image encoding: p95 {naive_p95:.1f} ms",
            ratio(naive_p95, p95),
        ),
    ]
    return Outcome("bench_receipt", with_targets(section, targets), targets)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    t0 = time.perf_counter()
    render_receipt(sample(1), width=576)  # first use: Qt application and fonts
    first = (time.perf_counter() - t0) * 1000
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}"
    )
    print(f"first receipt in the process (Qt start-up + fonts): {first:.0f} ms")
    print(
        f"{'case':<28}{'render':>10}{'encode':>10}{'total':>10}{'p95':>10}  (ms, median of {args.runs})"
    )
    for bills, width in ((3, 576), (3, 384), (12, 576), (3, 512)):
        render, encode = measure(sample(bills), width, args.runs)
        totals = [r + e for r, e in zip(render, encode, strict=True)]
        p95 = statistics.quantiles(totals, n=20)[-1]
        print(
            f"{f'{bills} bills, {width} dots':<28}{statistics.median(render):>10.1f}"
            f"{statistics.median(encode):>10.1f}{statistics.median(totals):>10.1f}{p95:>10.1f}"
        )


if __name__ == "__main__":
    main()
