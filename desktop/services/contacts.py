"""Customer contacts at the counter: mobile, e-mail, preferred channel and e-bill opt-in.

Why validated here: a wrong mobile or e-mail means the customer is never told of an unusual
consumption or an e-bill (the Lydec alerts), and nobody notices until the complaint. Mobile
formats: Algeria 05/06/07 + 8 digits (+213 5/6/7 + 8 digits), Morocco 06/07 + 8 digits
(+212 6/7 + 8 digits). A national number is read in the account's country (by its
currency); an international one may be of either country. Every change is journaled and
goes to the outbox in the same transaction, like everything recorded at a counter.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.card_numbers import refuse_card_number, refuse_card_numbers
from desktop.domain.errors import DomainError
from desktop.services.auth import AuthenticatedUser
from desktop.services.notifications import CHANNELS, international
from desktop.store import journal
from desktop.store.db import UnitOfWork
from desktop.store.models import Account, ContactPreference
from desktop.store.outbox import enqueue
from desktop.text import ascii_digits

# Mobile prefixes (after the trunk 0 or the country code) and the country of each currency.
MOBILE_PREFIXES = {"213": "567", "212": "67"}
COUNTRY_OF_CURRENCY = {"DZD": "213", "MAD": "212"}
_SEPARATORS = re.compile(r"[\s.\-()/\u00a0]")
_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)


@dataclass(frozen=True, slots=True)
class ContactChange:
    """What the clerk typed. ``None`` leaves a field as it is; ``""`` clears mobile or e-mail.

    Fields: account_no, mobile, email, channel (sms, email, post), ebill (opt-in).
    """

    account_no: str
    mobile: str | None = None
    email: str | None = None
    channel: str | None = None
    ebill: bool | None = None


@dataclass(frozen=True, slots=True)
class ContactView:
    """An account's contacts as the counter shows them.

    Fields: account_no, mobile (national form), mobile_international (E.164, for the
    gateway), email, channel, ebill, changed (names of the fields this action changed).
    """

    account_no: str
    mobile: str | None
    mobile_international: str | None
    email: str | None
    channel: str
    ebill: bool
    changed: tuple[str, ...] = ()


def validate_mobile(text: str, currency: str) -> str:
    """The mobile in the stored form, or ``contact.mobile_invalid``.

    Stored form: national (``0661234567``) for the account's own country, so search by
    phone keeps working; ``+212...`` / ``+213...`` for a mobile of the other country.
    """
    raw = _SEPARATORS.sub("", ascii_digits(text.strip()))
    home = COUNTRY_OF_CURRENCY[currency]
    country, rest = None, ""
    if raw.startswith("+") or raw.startswith("00"):
        digits = raw[1:] if raw.startswith("+") else raw[2:]
        for cc in MOBILE_PREFIXES:
            if digits.startswith(cc):
                country, rest = cc, digits[len(cc) :]
                rest = rest[1:] if rest.startswith("0") and len(rest) == 10 else rest
    elif raw.startswith("0"):
        country, rest = home, raw[1:]
    if (
        country is None
        or not rest.isdigit()
        or len(rest) != 9
        or rest[0] not in MOBILE_PREFIXES[country]
    ):
        raise DomainError("contact.mobile_invalid", text=text)
    return "0" + rest if country == home else f"+{country}{rest}"


def validate_email(text: str) -> str:
    """The e-mail with its domain lower-cased, or ``contact.email_invalid``."""
    refuse_card_number("email", text)
    value = text.strip()
    if len(value) > 200 or not _EMAIL.match(value):
        raise DomainError("contact.email_invalid", text=text)
    local, _, domain = value.rpartition("@")
    return f"{local}@{domain.lower()}"


def _account(session: Session, account_no: str) -> Account:
    account = session.scalars(select(Account).where(Account.account_no == account_no)).first()
    if account is None:
        raise DomainError("account.not_found", account_no=account_no)
    return account


def _view(
    account: Account, pref: ContactPreference | None, changed: tuple[str, ...] = ()
) -> ContactView:
    return ContactView(
        account_no=account.account_no,
        mobile=account.phone1,
        mobile_international=international(account.phone1, account.currency)
        if account.phone1
        else None,
        email=account.email,
        channel=pref.channel if pref else "post",
        ebill=bool(pref and pref.ebill),
        changed=changed,
    )


def _mask(field: str, value: str | bool | None) -> str | bool | None:
    """``0661234567`` -> ``06******67``, ``amina@example.dz`` -> ``a***@example.dz``."""
    if not isinstance(value, str) or field not in ("mobile", "email"):
        return value
    if field == "email":
        local, _, domain = value.partition("@")
        return f"{local[:1]}***@{domain}"
    return value[:3] + "*" * max(0, len(value) - 5) + value[-2:]


def get_contacts(session: Session, account_no: str) -> ContactView:
    account = _account(session, account_no)
    return _view(account, session.get(ContactPreference, account.id))


def set_contacts(
    uow: UnitOfWork,
    user: AuthenticatedUser,
    change: ContactChange,
    *,
    now: dt.datetime | None = None,
) -> ContactView:
    """Validate and save ``change``; journal and outbox it; nothing written on refusal.

    Consistency: SMS needs a mobile, e-mail an address, and an e-bill an electronic
    channel (SMS or e-mail), so no customer is opted in to a bill that cannot reach them.
    """
    # Before any other check: a refusal message may quote the text, never a card number.
    refuse_card_numbers({"mobile": change.mobile, "email": change.email})
    s = uow.session
    account = _account(s, change.account_no)
    pref = s.get(ContactPreference, account.id)
    before = _view(account, pref)
    mobile = before.mobile
    if change.mobile is not None:
        mobile = validate_mobile(change.mobile, account.currency) if change.mobile.strip() else None
    email = before.email
    if change.email is not None:
        email = validate_email(change.email) if change.email.strip() else None
    channel = before.channel if change.channel is None else change.channel
    if channel not in CHANNELS:
        raise DomainError("contact.channel_unknown", channel=channel, known=", ".join(CHANNELS))
    ebill = before.ebill if change.ebill is None else change.ebill
    if channel == "sms" and not mobile:
        raise DomainError("contact.channel_needs_address", channel="sms", needed="a mobile number")
    if channel == "email" and not email:
        raise DomainError(
            "contact.channel_needs_address", channel="email", needed="an e-mail address"
        )
    if ebill and channel == "post":
        raise DomainError("contact.ebill_needs_channel")
    after = {"mobile": mobile, "email": email, "channel": channel, "ebill": ebill}
    old = {
        "mobile": before.mobile,
        "email": before.email,
        "channel": before.channel,
        "ebill": before.ebill,
    }
    changed = tuple(k for k in after if after[k] != old[k])
    if not changed:
        return before
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)
    account.phone1 = mobile
    account.email = email
    if pref is None:
        pref = ContactPreference(account_id=account.id)
        s.add(pref)
    pref.channel, pref.ebill = channel, ebill
    pref.updated_at, pref.updated_by = moment, user.username
    change_uuid = str(uuid.uuid4())
    payload = {
        "account_no": account.account_no,
        "changed": list(changed),
        "before": {k: old[k] for k in changed},
        "after": {k: after[k] for k in changed},
        "at": moment.isoformat(),
        "user": user.username,
    }
    enqueue(s, "account_contact", change_uuid, "update", payload, moment)
    s.flush()
    # The journal can never be erased: it records what changed with masked values only;
    # the full values go to central (the owner of account data) through the outbox.
    journaled = {
        **payload,
        "before": {k: _mask(k, old[k]) for k in changed},
        "after": {k: _mask(k, after[k]) for k in changed},
    }
    journal.append(
        s, "contact.change", journaled, username=user.username, entity_uuid=change_uuid, now=now
    )
    view = _view(account, pref, changed)
    uow.commit()
    return view
