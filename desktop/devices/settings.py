"""The receipt printer of this terminal, kept in the settings table next to the agency.

Why in the settings table: a backup restores the terminal whole, printer included, and the
window, the CLI and the worker all read the same values. Every key is optional; with no
``printer_uri`` the terminal has no receipt printer (receipts can still be saved as PNG).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.devices.profiles import CUTS, PROFILES
from desktop.devices.uri import parse_printer_uri
from desktop.domain.errors import DomainError, Problem
from desktop.store.models import Setting

WIDTHS = (384, 512, 576)
"""Printable dots per line: 58 mm paper at 203 dpi = 384; 80 mm = 576 (512 on some models)."""
IMPLS = ("bitImageRaster", "graphics", "bitImageColumn")
LANGUAGE_ORDERS = ("ar,fr", "fr,ar", "ar", "fr")


@dataclass(frozen=True, slots=True)
class PrinterSettings:
    """How this terminal prints receipts.

    Fields:
        uri: printer address (see desktop.devices.uri), "" = no printer configured.
        width: dots per line, one of WIDTHS.
        impl: raster command: bitImageRaster (GS v 0, most printers), graphics (GS ( L),
            bitImageColumn (ESC *, very old printers).
        fragment_height: rows per raster command; lower it (e.g. 256) for printers with a
            small buffer that print garbage on long receipts. The encoder never sends more
            rows than the command can carry (``profiles.max_fragment_rows``: 910 for
            graphics at 576 dots), whatever this says.
        languages: receipt label order, "ar,fr" (Arabic first), "fr,ar", "ar" or "fr".
        drawer_pin: 2 or 5, the connector pin of the cash drawer (kicked for cash only).
        cut: one of profiles.CUTS; "auto" = the profile's cut (feed and partial cut).
        profile: the printer family (profiles.PROFILES), which chooses the cut.
    """

    uri: str = ""
    width: int = 576
    impl: str = "bitImageRaster"
    fragment_height: int = 960
    languages: str = "ar,fr"
    drawer_pin: int = 2
    cut: str = "auto"
    profile: str = "generic"

    def __post_init__(self) -> None:
        if self.width not in WIDTHS:
            raise DomainError("printer.width_invalid", width=self.width)
        _check("printer_impl", self.impl, IMPLS)
        _check("receipt_languages", self.languages, LANGUAGE_ORDERS)
        _check("printer_drawer_pin", str(self.drawer_pin), ("2", "5"))
        _check("printer_cut", self.cut, CUTS)
        _check("printer_profile", self.profile, tuple(PROFILES))
        if not 8 <= self.fragment_height <= 4096:
            raise DomainError(
                "input.invalid",
                field="printer_fragment_height",
                problem=Problem("fragment_height"),
            )
        if self.uri:
            parse_printer_uri(self.uri)

    @property
    def language_order(self) -> tuple[str, ...]:
        return tuple(self.languages.split(","))


_KEYS = {f.name: f"printer_{f.name}" for f in fields(PrinterSettings)}
_KEYS["languages"] = "receipt_languages"


def load_printer_settings(session: Session) -> PrinterSettings:
    """Read the printer keys (all optional) from the settings table."""
    values = dict(
        session.execute(
            select(Setting.key, Setting.value).where(Setting.key.in_(_KEYS.values()))
        ).all()
    )
    kwargs: dict[str, object] = {}
    for name, key in _KEYS.items():
        if key not in values:
            continue
        raw = values[key].strip()
        if name in ("width", "fragment_height", "drawer_pin"):
            try:
                kwargs[name] = int(raw)
            except ValueError:
                raise DomainError(
                    "input.invalid", field=key, problem=Problem("not_whole_number", text=raw)
                ) from None
        else:
            kwargs[name] = raw
    return PrinterSettings(**kwargs)  # type: ignore[arg-type]


def save_printer_settings(session: Session, settings: PrinterSettings) -> None:
    """Write every printer key (the caller commits)."""
    for name, key in _KEYS.items():
        session.merge(Setting(key=key, value=str(getattr(settings, name))))


def _check(key: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise DomainError(
            "input.invalid",
            field=key,
            problem=Problem("not_one_of", text=value, choices=", ".join(allowed)),
        )
