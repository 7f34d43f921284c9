"""Benchmark: median time to draw a receipt and encode it to ESC/POS (target < 100 ms).

Run: .venv/bin/python tests/bench/bench_receipt.py [--runs 50]
Why a script and not a test: timings depend on the machine; the figures go to
docs/benchmarks.md with the machine they were taken on.
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

from desktop.money import Money  # noqa: E402
from desktop.services.receipts import ReceiptBill, ReceiptData  # noqa: E402
from reports.receipt_escpos import EscposOptions, encode_image  # noqa: E402
from reports.receipt_image import render_receipt  # noqa: E402


def sample(bills: int) -> ReceiptData:
    def dzd(minor: int) -> Money:
        return Money(minor, "DZD")

    rows = tuple(
        ReceiptBill(f"F2401{i:07d}", ("electricity", "gas", "water")[i % 3],
                    dt.date(2025, 1, 1), dt.date(2025, 3, 31), dzd(146_656))
        for i in range(bills)
    )  # fmt: skip
    total = dzd(146_656 * bills)
    return ReceiptData(
        company_name="Sonelgaz Distribution Est", agency_name="Agence commerciale de Guelma",
        header_lines=("RC 24/00-0012345 B 02 | NIF 000224012345678",), footer_lines=(),
        receipt_no="2401-T01-2025-000123", issued_at=dt.datetime(2025, 6, 15, 11, 30).astimezone(),
        clerk="Amina Belkacem", agency_code="2401", terminal_code="T01",
        account_no="240100000001", name_ar="محمد بن علي بوعلام", name_latin="Mohamed Benali Boualem",
        bills=rows, credit=dzd(0), total=total, tender="cash", tendered=total + dzd(10_000),
        change=dzd(10_000), card_scheme=None, card_last4=None, auth_code=None, terminal_ref=None,
        balance_after=dzd(52_000), status="valid", print_count=0, record_hash="3429e19acc4b4a41",
        verification="GCH1;2401-T01-2025-000123;4399.68 DZD;2025-06-15T10:30:00Z;3429e19acc4b4a41",
        locale="fr_DZ",
    )  # fmt: skip


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    t0 = time.perf_counter()
    render_receipt(sample(1), width=576)  # first use: Qt application and fonts
    first = (time.perf_counter() - t0) * 1000
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}")  # fmt: skip
    print(f"first receipt in the process (Qt start-up + fonts): {first:.0f} ms")
    print(
        f"{'case':<28}{'render':>10}{'encode':>10}{'total':>10}{'p95':>10}  (ms, median of {args.runs})"
    )
    for bills, width in ((3, 576), (3, 384), (12, 576), (3, 512)):
        render, encode = measure(sample(bills), width, args.runs)
        totals = [r + e for r, e in zip(render, encode, strict=True)]
        p95 = statistics.quantiles(totals, n=20)[-1]
        print(f"{f'{bills} bills, {width} dots':<28}{statistics.median(render):>10.1f}"
              f"{statistics.median(encode):>10.1f}{statistics.median(totals):>10.1f}{p95:>10.1f}")  # fmt: skip


if __name__ == "__main__":
    main()
