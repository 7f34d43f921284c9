"""The persistent print queue: jobs are committed first, sent afterwards, never lost.

Why a queue in the database: the payment is committed before anything is printed; a
printer that is off, out of paper or unplugged must not lose the receipt nor block the
counter. A job holds the exact bytes to print. Sending happens outside any transaction:

    enqueue (commit) -> claim: status 'printing', attempts + 1 (commit)
                     -> send bytes -> 'done' (commit)
                     -> printer problem -> 'queued' again, or 'failed' after MAX_ATTEMPTS
                        or when retrying cannot help (bad URI, missing driver) (commit)

A failed job waits for the clerk's ``retry``. A job left 'printing' by a crash is marked
failed ('printer.interrupted') by ``recover_interrupted`` at start-up, not re-sent blindly:
only the clerk can see whether the paper came out. Claiming is a conditional UPDATE, so two
workers never send the same job.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.devices.connections import Transport
from desktop.devices.connections import send as send_bytes
from desktop.devices.uri import parse_printer_uri
from desktop.domain.errors import DomainError
from desktop.store.db import Store, UnitOfWork
from desktop.store.models import PrintJob

QUEUED, PRINTING, DONE, FAILED = "queued", "printing", "done", "failed"
STATUSES = (QUEUED, PRINTING, DONE, FAILED)
MAX_ATTEMPTS = 3
RETRYABLE = frozenset(
    {
        "printer.offline",
        "printer.timeout",
        "printer.out_of_paper",
        "printer.cover_open",
        "printer.disconnected",
    }
)
"""Errors that may go away by themselves (power, paper, cable): the job stays queued."""


@dataclass(frozen=True, slots=True)
class PrintJobView:
    """A job as the window and the CLI see it (no payload).

    Fields: uuid, kind ('receipt', 'test', ...), receipt_no, printer_uri, status, attempts,
    last_error (an error code), last_message (its English text), size (bytes), created_at,
    updated_at (UTC, naive).
    """

    uuid: str
    kind: str
    receipt_no: str | None
    printer_uri: str
    status: str
    attempts: int
    last_error: str | None
    last_message: str | None
    size: int
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class JobOutcome:
    """What one attempt did. Fields: job (after the attempt), error (None when printed)."""

    job: PrintJobView
    error: DomainError | None

    @property
    def printed(self) -> bool:
        return self.error is None and self.job.status == DONE


def _now(now: dt.datetime | None = None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(tzinfo=None)


def enqueue(
    uow: UnitOfWork,
    payload: bytes,
    printer_uri: str,
    *,
    kind: str = "receipt",
    receipt_no: str | None = None,
    now: dt.datetime | None = None,
) -> str:
    """Add a job and return its uuid. The caller commits (with whatever the job belongs to)."""
    parse_printer_uri(printer_uri)  # refuse a bad address now, not at print time
    moment = _now(now)
    job_uuid = str(uuid.uuid4())
    uow.session.add(
        PrintJob(
            uuid=job_uuid,
            kind=kind,
            receipt_no=receipt_no,
            payload=bytes(payload),
            printer_uri=printer_uri.strip(),
            status=QUEUED,
            attempts=0,
            last_error=None,
            last_message=None,
            created_at=moment,
            updated_at=moment,
        )
    )
    uow.session.flush()
    return job_uuid


def run_job(
    store: Store,
    job_uuid: str,
    *,
    transport: Transport | None = None,
    max_attempts: int = MAX_ATTEMPTS,
) -> JobOutcome:
    """Send one job now. Never raises for printer problems: they come back in the outcome
    and in the job's status; ``print_job.not_found`` and ``print_job.done`` are raised."""
    with store.unit_of_work() as uow:
        job = _get(uow.session, job_uuid)
        if job.status == DONE:
            raise DomainError("print_job.done", job=job_uuid)
        claimed = uow.session.execute(
            update(PrintJob)
            .where(PrintJob.uuid == job_uuid, PrintJob.status.in_((QUEUED, FAILED)))
            .values(status=PRINTING, attempts=PrintJob.attempts + 1, updated_at=_now())
        ).rowcount
        uow.commit()
    if claimed != 1:  # another worker has it right now
        with store.read() as session:
            return JobOutcome(_view(_get(session, job_uuid)), None)
    with store.read() as session:
        job = _get(session, job_uuid)
        payload, uri, attempts = job.payload, job.printer_uri, job.attempts
    error: DomainError | None = None
    try:
        (transport or send_bytes)(parse_printer_uri(uri), payload)
    except DomainError as exc:
        error = exc
    except Exception as exc:  # a driver bug must not leave the job 'printing' forever
        error = DomainError("printer.failed", printer=uri, detail=f"{type(exc).__name__}: {exc}")
    with store.unit_of_work() as uow:
        values: dict[str, object] = {"updated_at": _now()}
        if error is None:
            values |= {"status": DONE, "last_error": None, "last_message": None}
        else:
            retry_later = error.code in RETRYABLE and attempts < max_attempts
            values |= {
                "status": QUEUED if retry_later else FAILED,
                "last_error": error.code,
                "last_message": error.message(),
            }
        uow.session.execute(update(PrintJob).where(PrintJob.uuid == job_uuid).values(**values))
        uow.commit()
    with store.read() as session:
        return JobOutcome(_view(_get(session, job_uuid)), error)


def process_queue(
    store: Store, *, transport: Transport | None = None, max_attempts: int = MAX_ATTEMPTS
) -> list[JobOutcome]:
    """Try every queued job once, oldest first (the worker's loop body).

    Jobs for a printer that just failed are skipped in this pass, so one offline printer
    costs one timeout, not one per job.
    """
    with store.read() as session:
        pending = session.execute(
            select(PrintJob.uuid, PrintJob.printer_uri)
            .where(PrintJob.status == QUEUED)
            .order_by(PrintJob.created_at, PrintJob.uuid)
        ).all()
    outcomes: list[JobOutcome] = []
    broken: set[str] = set()
    for job_uuid, uri in pending:
        if uri in broken:
            continue
        outcome = run_job(store, job_uuid, transport=transport, max_attempts=max_attempts)
        if outcome.error is not None:
            broken.add(uri)
        outcomes.append(outcome)
    return outcomes


def retry(uow: UnitOfWork, job_uuid: str) -> PrintJobView:
    """Put a failed (or still queued) job back in the queue with a fresh attempt count.
    The caller commits, then runs the job or lets the worker pick it up."""
    job = _get(uow.session, job_uuid)
    if job.status == DONE:
        raise DomainError("print_job.done", job=job_uuid)
    job.status, job.attempts, job.updated_at = QUEUED, 0, _now()
    uow.session.flush()
    return _view(job)


def recover_interrupted(uow: UnitOfWork) -> int:
    """At start-up: jobs left 'printing' by a crash become failed, for the clerk to check.
    Returns how many. The caller commits."""
    jobs = uow.session.scalars(select(PrintJob).where(PrintJob.status == PRINTING)).all()
    for job in jobs:
        error = DomainError("printer.interrupted", printer=job.printer_uri)
        job.status, job.last_error, job.last_message = FAILED, error.code, error.message()
        job.updated_at = _now()
    uow.session.flush()
    return len(jobs)


def list_jobs(
    session: Session, *, statuses: tuple[str, ...] = (QUEUED, PRINTING, FAILED), limit: int = 100
) -> tuple[PrintJobView, ...]:
    """Jobs in ``statuses``, oldest first (default: everything not printed yet)."""
    rows = session.scalars(
        select(PrintJob)
        .where(PrintJob.status.in_(statuses))
        .order_by(PrintJob.created_at, PrintJob.uuid)
        .limit(limit)
    ).all()
    return tuple(_view(j) for j in rows)


def get_job(session: Session, job_uuid: str) -> PrintJobView:
    return _view(_get(session, job_uuid))


def _get(session: Session, job_uuid: str) -> PrintJob:
    job = session.get(PrintJob, job_uuid)
    if job is None:
        raise DomainError("print_job.not_found", job=job_uuid)
    return job


def _view(job: PrintJob) -> PrintJobView:
    return PrintJobView(
        job.uuid,
        job.kind,
        job.receipt_no,
        job.printer_uri,
        job.status,
        job.attempts,
        job.last_error,
        job.last_message,
        len(job.payload),
        job.created_at,
        job.updated_at,
    )
