"""Domain errors: a stable code plus parameters, turned into words only at the edges.

Why codes: the same refusal must read well in the CLI (English), in the window (Arabic,
French, English through Qt Linguist) and in JSON for automation. Each message says what is
wrong and what to do about it.
"""

from __future__ import annotations

from typing import Any

MESSAGES: dict[str, str] = {
    "currency.unknown": "Unknown currency {currency}. Use one of: {supported}.",
    "currency.mismatch": "Cannot combine {left} and {right} amounts. Enter the amount in {left}.",
    "amount.empty": "No amount was entered. Type an amount such as 1250,00.",
    "amount.not_a_number": "'{text}' is not an amount. Type digits, e.g. 1250,50 or ١٢٥٠٫٥٠.",
    "amount.negative": "Amounts must be positive ('{text}'). Enter the amount received.",
    "amount.zero": "The amount is zero. Enter the amount received.",
    "amount.too_precise": "'{text}' has more than {decimals} decimals. Round it to the centime.",
    "amount.too_large": "'{text}' is too large. Check the amount and type it again.",
    "amount.ambiguous": (
        "'{text}' could be {small} or {large}: type {large_typed} or {small}, as meant."
    ),
    "amount.ambiguous_decimals": (
        "'{text}' could be {large}, or {small} which has more than {decimals} decimals. "
        "Type {large_typed} for {large}."
    ),
    "amount.grouping": (
        "'{text}' is not grouped by three digits (1 234 567,50). "
        "Check the amount and type it again, or without grouping (1234567,50)."
    ),
    "amount.other_currency": (
        "'{text}' is in another currency ({found}): this terminal takes {currency} only. "
        "Type the amount in {currency}."
    ),
    "amount.over_maximum": (
        "{amount} is above the maximum of {maximum} for one payment. "
        "Split it or ask the branch manager."
    ),
    "account.not_found": "No account {account_no}. Check the number or search by name.",
    "account.closed": "Account {account_no} is closed: payments are refused. Send the customer to the branch manager.",
    "bill.not_found": "No bill {bill_no} on account {account_no}. Check the reference on the bill.",
    "bill.already_paid": "Bill {bill_no} is already paid. Remove it from the selection.",
    "bill.duplicate": "Bill {bill_no} is listed twice. List each bill once.",
    "payment.overpayment": (
        "{amount} is more than the {due} due, and this agency does not keep credit. "
        "Take {due} at most."
    ),
    "payment.nothing_due": (
        "Nothing is due on account {account_no} and this agency does not keep credit. "
        "No payment is needed."
    ),
    "payment.credit_unconfirmed": (
        "{credit} of the {amount} would be left as account credit (more than {threshold}). "
        "Check the amount; if it is meant, confirm it with --allow-large-credit."
    ),
    "payment.tendered_short": "{tendered} tendered is less than the {amount} to pay. Ask for more cash or lower the amount.",
    "payment.tender_unknown": "Unknown tender '{tender}'. Use cash or card.",
    "card.last4_invalid": "Card: type the last 4 digits only (got '{text}'). Never type the full card number.",
    "card.auth_missing": "Card: the authorisation code from the terminal slip is missing. Copy it from the slip.",
    "card.auth_invalid": "Card: authorisation code '{text}' is not valid (2 to 12 letters or digits). Copy it from the slip.",
    "card.scheme_unknown": "Unknown card scheme '{scheme}'. Use one of: {supported}.",
    "card.tendered_not_allowed": "'Tendered' only applies to cash. Remove it for a card payment.",
    "auth.unknown_user": "Unknown user or wrong password. Check both and try again.",
    "auth.wrong_password": "Unknown user or wrong password. Check both and try again.",
    "auth.locked": "User {username} is locked after too many wrong passwords. Ask an administrator.",
    "auth.inactive": "User {username} is disabled. Ask an administrator.",
    "auth.forbidden": "User {username} ({role}) may not {action}. Ask a {needed}.",
    "config.missing": "No configuration: {what}. Run 'guichet setup' (or the window's first-run assistant).",
    "file.is_database": "{path} is the database itself: {option} must name another file, or every payment in it would be lost.",
    "file.unusable": (
        "Cannot use the file {path} ({problem}). Check the name (not too long, no forbidden "
        "characters), that its folder exists and that you may use it, then retry."
    ),
    "setting.invalid": (
        "The setting {key} is '{value}', not {expected}. Ask an administrator to correct it "
        "in the terminal settings."
    ),
    "setup.invalid": "The set-up was refused: {problems}. Correct these and run it again.",
    "db.not_initialised": "Database {path} has no Guichet schema. Run 'guichet init --db {path}' first.",
    "db.outdated": "Database {path} is at an older version. Run 'guichet init --db {path}' to upgrade it.",
    "search.empty": "Type at least one letter or digit to search.",
    "demo.profile_unknown": "Unknown demo profile '{profile}'. Use dz or ma.",
    "demo.not_empty": "Database {path} already holds {count} accounts. Use a new --db path.",
    "input.invalid": "{field}: {problem}",
    "session.none_open": "{username} has no open cash session on terminal {terminal}. Open one with the counted float first.",
    "session.already_open": "Terminal {terminal} already has an open cash session ({username}). Close it before opening another.",
    "session.pickup_too_large": "A pickup of {amount} is more than the {available} in the till. Count again and enter a smaller amount.",
    "session.validation_required": "The {tender} count differs by {difference} (tolerance {tolerance}). A manager must validate it with a justification.",
    "session.justification_required": "Write why the count differs before the manager validates it.",
    "session.own_till": "{username}, this is your own till: close it with Close my till, counting it yourself.",
    "session.not_found": "No cash session {session}. Check the reference.",
    "day.closed": "The business day {day} is closed: nothing more can be recorded for it. Open a session tomorrow.",
    "day.sessions_open": "The day cannot be closed: sessions still open on {terminals}. Close them first.",
    "day.not_open": "No business day {day} to close: no session was opened that day.",
    "approval.same_person": "{username} cannot approve their own request: another manager must type their credentials.",
    "payment.not_found": "No payment with receipt {receipt_no}. Check the receipt number.",
    "void.not_same_day": "Receipt {receipt_no} is from {day}: only payments of today's open session can be voided. Record a correction instead.",
    "void.session_closed": "The cash session of receipt {receipt_no} is closed: it can no longer be voided. Record a correction instead.",
    "void.already_void": "Receipt {receipt_no} is already voided.",
    "void.reason_unknown": "Unknown void reason '{reason}'. Use one of: {known}.",
    "correction.use_void": "The till of receipt {receipt_no} is still open: void the payment instead of correcting it.",
    "correction.already_done": "Receipt {receipt_no} has already been corrected. Look for its correction in the payment history.",
    "correction.not_a_payment": "Receipt {receipt_no} is itself a correction and cannot be corrected. Take a new payment instead.",
    "void.credit_used": "Receipt {receipt_no} put {credit} on the account credit, and only {available} is left. Settle that first with the branch manager.",
    "journal.broken": "The journal is broken at entry {seq}: {reason}. Keep the database as it is and call the branch manager.",
    "journal.audit_failed": (
        "The journal audit found {count} problem(s), the first: {first}. Keep the database as "
        "it is and call the branch manager."
    ),
    "journal.central_unreachable": (
        "The journal could not be compared with what central acknowledged ({problem}). Check "
        "the network and run the audit again, or add --local to check this file alone."
    ),
    "auth.weak_password": "That password is too weak: use 8 characters or more, not only digits, not the user name.",
    "user.not_found": "No user {username}. Check the name with 'guichet user list'.",
    "user.self_disable": "{username} cannot disable their own account. Ask another administrator.",
    "user.exists": "User {username} already exists. Choose another name.",
    "cash.unknown_denomination": "{value} is not a {currency} note or coin here. Count with the listed denominations.",
    "cash.bad_count": "The count for {value} must be a whole number of 0 or more (got {count}). Count again.",
    "tariff.unknown": "Unknown tariff '{tariff}'. Use one of: {known}.",
    "tariff.quantity_negative": (
        "Consumption {quantity} is negative. Check the meter readings: "
        "the new index must not be below the previous one."
    ),
    "tariff.invalid": (
        "Tariff file {file} is not valid: {problem}. Correct the file or reinstall the tariff data."
    ),
    "receipt.not_found": "No receipt {receipt_no}. Check the number printed on the receipt or find the payment on the account.",
    "printer.uri_invalid": (
        "Printer address '{uri}' is not valid: {problem}. Use tcp://HOST:9100, usb://VID:PID, "
        "serial:///dev/ttyUSB0?baudrate=19200, cups://QUEUE, win://NAME or file:///PATH."
    ),
    "printer.width_invalid": "Printer width {width} is not supported. Use 384, 512 or 576 dots.",
    "printer.offline": (
        "Printer {printer} does not answer ({detail}). Check that it is switched on and "
        "connected, then retry: the receipt stays in the print queue."
    ),
    "printer.timeout": (
        "Printer {printer} did not answer within {seconds} s. Check the cable or network and "
        "that the printer is not busy, then retry: the receipt stays in the print queue."
    ),
    "printer.out_of_paper": (
        "Printer {printer} is out of paper. Load a new roll and close the cover, then retry: "
        "the receipt stays in the print queue."
    ),
    "printer.cover_open": (
        "Printer {printer} reports an error or an open cover. Close the cover and clear any "
        "paper jam, then retry: the receipt stays in the print queue."
    ),
    "printer.disconnected": (
        "Printer {printer} was disconnected while printing ({detail}). Reconnect it and "
        "retry; check the printed receipt, and reprint it if it is incomplete."
    ),
    "printer.driver_missing": (
        "Printing to {printer} needs {package}, which is not installed. Install it "
        "(pip install {package}) or choose another printer connection."
    ),
    "printer.failed": "Printer {printer} refused the job: {detail}. Check the printer and its settings, then retry.",
    "printer.interrupted": (
        "Printing on {printer} was interrupted (the program stopped while printing). Check "
        "whether the receipt came out; retry the job if it did not."
    ),
    "print_job.not_found": "No print job {job}. Refresh the print queue and pick a job from it.",
    "print_job.done": "Print job {job} has already been printed. Use reprint to print a duplicate.",
    "printer.not_configured": (
        "No receipt printer is configured for this terminal. Set one in the settings "
        "(printer_uri) or pass --printer URI."
    ),
    "statement.period_reversed": (
        "The period starts on {date_from}, after it ends on {date_to}. "
        "Swap the two dates (--from is the first day, --to the last)."
    ),
    "date.invalid": "{field} '{text}' is not a date. Type it as YYYY-MM-DD, e.g. 2024-03-31.",
    "date.out_of_range": (
        "{day} is too far in the past or the future for this. Check the date (YYYY-MM-DD)."
    ),
    "text.card_number": (
        "{field} looks like a full card number (ending {last4}): nothing was saved. "
        "Type only the last 4 digits of a card, never the whole number."
    ),
    "certificate.debt_pending": (
        "Account {account_no} still owes {due}: a regularisation debit of {pending} (meter "
        "{meter_no}, {period_start} to {period_end}) is decided and waits for the next bill. "
        "A no-debt certificate is issued only when nothing is due: take {due} as an advance "
        "payment, or wait for the bill and take its payment."
    ),
    "certificate.payment_voided": (
        "Receipt {receipt_no} was voided: no payment certificate can be issued for it. "
        "Check the receipt number, or issue the certificate of the payment that replaced it."
    ),
    "certificate.debt_outstanding": (
        "Account {account_no} still owes {due} in all, with {count} open bill(s): {bills}. "
        "A no-debt certificate is issued only when nothing is due: take the payment first."
    ),
    "pdf.output_unwritable": (
        "Cannot write the PDF to {path} ({problem}). Choose a file in a folder that exists "
        "and that you may write to."
    ),
    "day.report_failed": (
        "The business day {day} is closed (Z {z_number}) but its report could not be written "
        "to {path} ({problem}). The totals are stored: reprint the report with "
        "'guichet z-report --day {day} --report FILE.pdf'."
    ),
    "day.not_closed": (
        "The business day {day} is still open: it has no Z report yet. Close it first with "
        "'guichet close-day --user MANAGER --day {day} --report FILE.pdf'."
    ),
    "day.unknown": (
        "No business day {day} for agency {agency}: no cash session was opened that day. "
        "Check the date (YYYY-MM-DD)."
    ),
    "sync.offline": (
        "The central database cannot be reached ({problem}). Keep working: payments wait in "
        "the queue and are sent when the network is back."
    ),
    "sync.busy": "The central database is busy ({problem}). Nothing was lost: sync again in a minute.",
    "sync.failed": "Synchronisation stopped ({problem}). Nothing was lost: payments stay in the queue. Tell support if it repeats.",
    "sync.not_agency": (
        "The central login '{user}' is not an agency login. Use the connection settings printed "
        "by 'guichet central add-agency'."
    ),
    "sync.wrong_agency": (
        "This terminal belongs to agency {local}, but the central login is agency {remote}'s. "
        "Use this agency's connection settings; nothing was sent."
    ),
    "sync.note_required": (
        "Say in a note (at least {minimum} characters) what was done about this item: customer "
        "refunded, duplicate confirmed with support... The note is kept in the journal."
    ),
    "sync.quarantine_unknown": "No sync problem {item}. Copy its identifier from 'guichet quarantine list'.",
    "sync.quarantine_resolved": "Sync problem {item} was already dealt with by {username} at {at}: nothing to do.",
    "sync.pull_problem_no_retry": (
        "Sync problem {item} is a row central sent that failed its checks: there is nothing to "
        "send again. Ask head office to correct it (it then applies by itself), or mark it "
        "handled with a note."
    ),
    "central.url_missing": "No central database address. Pass --url or set $GUICHET_CENTRAL_URL.",
    "central.url_invalid": "'{url}' is not a PostgreSQL address. Use postgresql://USER@HOST:5432/DATABASE.",
    "central.not_initialised": "The central database {url} has no Guichet schema. Run 'guichet central init --url ...' first.",
    "central.agency_exists": "Agency {code} already exists. Use --new-password to give it a new password.",
    "central.unreachable": "Cannot use the central database {url} ({problem}). Check the address, that PostgreSQL runs and that this login may connect.",
    "central.agency_unknown": "Agency {code} is not registered centrally. Add it with 'guichet central add-agency {code}'.",
    "central.currency_invalid": "'{currency}' is not a currency code: use three capital letters, e.g. DZD or MAD.",
    "central.max_payment_invalid": "The largest payment must be above zero (got {amount}).",
    "central.audit_forbidden": (
        "The central audit needs an administrator login that may read every agency's rows (a "
        "superuser, or a role with BYPASSRLS); '{user}' may not. Use the administrator address "
        "of 'guichet central init'."
    ),
    "central.agency_code_invalid": "'{code}' is not an agency code: use 1 to 16 letters, digits, '-' or '_'.",
    "credentials.exists": "{path} already exists: a credentials file is never overwritten. Choose a new file name.",
    "credentials.unwritable": (
        "Cannot create the credentials file {path} ({problem}). Choose a folder that exists "
        "and that you may write to."
    ),
    "credentials.not_found": (
        "No credentials file {path}. Copy there the file written by 'guichet central "
        "add-agency --save', or correct the path."
    ),
    "credentials.too_open": (
        "The credentials file {path} may be read or changed by other users (mode {mode}). "
        "Make it private with 'chmod 600 {path}' (owned by this user), then retry."
    ),
    "credentials.invalid": (
        "{path} is not a Guichet credentials file ({problem}). Write it again with "
        "'guichet central add-agency --save FILE'."
    ),
    "credentials.wrong_user": (
        "The credentials file {path} is for {user}, but the central address logs in as "
        "{url_user}. Use this agency's file and address."
    ),
    # --- remote look-up of other agencies' accounts (issue 6)
    "remote.offline": (
        "The central server cannot be reached ({problem}): look-up of other agencies' accounts "
        "needs the network. Try again when it is back; this agency's own accounts can still be "
        "paid."
    ),
    "remote.not_identifier": (
        "'{query}' is not an account, bill or meter number. Other agencies' accounts are looked "
        "up by their exact number only: type the whole number from the bill or the meter."
    ),
    "remote.not_found": (
        "No account, bill or meter {query} in any agency. Check the number on the bill or the "
        "meter."
    ),
    "remote.too_many": (
        "Too many look-ups of other agencies' accounts in the last minute. Wait a minute, then "
        "try again."
    ),
    "remote.not_configured": (
        "No central server is configured, so other agencies' accounts cannot be looked up. An "
        "administrator sets its address in the settings (central_url)."
    ),
    "remote.bad_data": (
        "Central's data for {query} failed the checks of this counter (a date, an amount or a "
        "currency it cannot use): nothing was imported. The manager sees why under Sync "
        "problems; ask head office to correct it."
    ),
    # --- tariffs, readings, regularisation, contacts (issue 8)
    "tariff.not_in_force": (
        "Tariff {tariff} has no version in force on {day} (versions: {valid}). "
        "Check the date, or install the tariff file for that period."
    ),
    "regularisation.estimates_count": (
        "The span covers {periods} billing period(s) ({months}) but {given} estimated "
        "amount(s) were given. Give one amount per period, 0 for a period not billed."
    ),
    "reading.meter_unknown": "No meter {meter_no}. Check the number on the meter or search the account.",
    "reading.future_date": "The reading date {day} is in the future. Type the day the meter was read.",
    "reading.index_below_previous": (
        "Index {index} is below the previous index {previous} ({day}). Check the meter again; "
        "if the meter was replaced or its register restarted at zero, record it as such."
    ),
    "reading.rollover_not_needed": (
        "Index {index} is not below the previous index {previous}: this is not a roll-over. "
        "Record it as a normal reading."
    ),
    "reading.replacement_and_rollover": (
        "A reading is either a meter replacement or a roll-over, not both. Choose one."
    ),
    "reading.same_day": (
        "Meter {meter_no} already has index {index} on {day}. To replace it, record the "
        "reading again as a correction."
    ),
    "reading.nothing_to_correct": (
        "Meter {meter_no} has no reading on {day} to correct. Record it as a new reading."
    ),
    "reading.before_last": (
        "The reading date {day} is before the last reading ({last}). Type the date the meter "
        "was read, or correct the last reading instead."
    ),
    "reading.unusual": (
        "A consumption of {consumption} in {days} days is more than {factor} times the usual "
        "{usual}. Check the index with the customer, then confirm the unusual consumption."
    ),
    "reading.factor_invalid": (
        "The setting {key} is '{value}', not a number of 1 or more. Ask an administrator to "
        "set it, e.g. 3."
    ),
    "contact.mobile_invalid": (
        "'{text}' is not a mobile number. Type 10 digits (05, 06 or 07 in Algeria; 06 or 07 in "
        "Morocco) or the international form +213... / +212...."
    ),
    "contact.email_invalid": "'{text}' is not an e-mail address. Type it as name@domain.tld.",
    "contact.channel_unknown": "Unknown channel '{channel}'. Use one of: {known}.",
    "contact.channel_needs_address": (
        "Channel {channel} needs {needed}. Enter it first, or choose another channel."
    ),
    "contact.ebill_needs_channel": (
        "An e-bill needs the SMS or e-mail channel. Choose one of them, or keep paper bills."
    ),
    "notification.kind_unknown": "Unknown notification '{kind}'. Use one of: {known}.",
    # Installment plans (issue 7). Violations (reported as data, all at once) first.
    "plan.category_not_eligible": (
        "Customers of category {category} are not offered installment plans. "
        "Only a branch manager can approve an exception."
    ),
    "plan.active_exists": (
        "Account {account_no} already has an active plan {reference}. "
        "Renegotiate that plan instead of adding a second one."
    ),
    "plan.recently_broken": (
        "Account {account_no} broke plan {reference} on {date} (within {days} days): "
        "a branch manager must approve a new plan."
    ),
    "plan.bill_not_due": (
        "Bill {bill_no} is not overdue yet (due {due_date}): only overdue bills go into a plan. "
        "Leave it out, or ask a manager to approve."
    ),
    "plan.down_too_small": (
        "The down payment {down} is below the minimum of {minimum} ({percent}% of {total}). "
        "Ask for more, or ask a manager to approve."
    ),
    "plan.too_many_installments": (
        "{count} installments are more than the {maximum} allowed. "
        "Choose {maximum} or fewer, or ask a manager to approve."
    ),
    "plan.installment_too_small": (
        "Installments of {amount} are below the minimum of {minimum}. "
        "Choose fewer installments, or ask a manager to approve."
    ),
    "plan.policy_invalid": (
        "The installment policy for {category} is not valid: {problem}. "
        "Correct the plan_policy setting."
    ),
    "plan.count_over_ceiling": (
        "{count} installments is more than any plan may have ({maximum}), even with a "
        "manager's approval. Give {maximum} installments or fewer."
    ),
    "plan.installment_over_ceiling": (
        "Installments of {installment} would take {count} installments, more than any plan may "
        "have ({maximum}), even with a manager's approval. Give an installment of at least "
        "{minimum}."
    ),
    "plan.rounding.count": (
        "{financed} is split into {count} installments of {regular}, rounded down to a "
        "multiple of {unit}; the last one, {last}, takes the remainder."
    ),
    "plan.rounding.installment": (
        "{financed} is paid in installments of {regular} as agreed; the last one, {last}, is "
        "what remains."
    ),
    "plan.rounding.single": "One installment of {amount}: nothing is rounded.",
    "plan.count_invalid": "{count} is not a number of installments. Give 1 or more.",
    "plan.terms_invalid": (
        "Give either a number of installments (--months) or a target installment amount "
        "(--installment), not both and not neither."
    ),
    "plan.installment_zero": (
        "{financed} cannot be split into {count} installments. Choose fewer installments."
    ),
    "plan.no_bills": (
        "Account {account_no} has no overdue bill to put in a plan. "
        "Nothing needs a calendar: take an ordinary payment."
    ),
    "plan.bill_not_open": (
        "Bill {bill_no} is not an open bill of account {account_no}. "
        "Choose among the account's open bills."
    ),
    "plan.down_exceeds_debt": (
        "The down payment {down} covers the whole {total} of the plan. "
        "No plan is needed: take it as an ordinary payment."
    ),
    "plan.none_active": (
        "Account {account_no} has no active installment plan. Create one with 'guichet plan create'."
    ),
    "plan.not_found": "No installment plan {reference}. Check the reference printed on the agreement.",
    "plan.blocked": "The plan cannot be created: {violations} No approval can lift this.",
    "plan.out_of_policy": (
        "The plan breaks {count} rule(s): {violations} Change the terms, or have another "
        "manager approve it with a reason (--approver, --reason)."
    ),
    "plan.agreement_failed": (
        "Plan {reference} was created, but its agreement could not be written to {path} "
        "({problem}). Print it again with 'guichet plan agreement {reference} --out FILE.pdf'."
    ),
    "plan.approval_reason": (
        "Write why the manager approves this (--reason): it is kept with the plan."
    ),
    # Faults of the local database, backup and restore (issue 9: proof under stress).
    "db.unavailable": (
        "The database {path} cannot be used ({problem}). Check that the disk is not full, the "
        "file is writable and no other program holds it, then retry."
    ),
    "db.locked": (
        "The database {path} is busy: another program kept it locked for more than {seconds} s. "
        "Finish or close the other Guichet window or command, then retry; nothing was written."
    ),
    "db.full": (
        "The disk holding {path} is full: nothing was written. Free some space (or move the "
        "database to a larger disk), then retry."
    ),
    "db.read_only": (
        "The database {path} cannot be written ({problem}): nothing was recorded. Make the file "
        "and its folder writable for this user (and the disk not read-only), then retry."
    ),
    "db.damaged": (
        "The database {path} is damaged ({problem}). Stop using it and keep the file; restore "
        "the last backup with 'guichet restore --from BACKUP --db {path}'."
    ),
    "db.io_error": (
        "The disk holding {path} reported an error ({problem}): nothing was written. Check that "
        "the disk is not full or failing, then retry and take a backup."
    ),
    "db.in_use": (
        "The database {path} is open in another Guichet window or command. Close it, then run "
        "the restore again; nothing was changed."
    ),
    "db.is_directory": (
        "{path} is a folder, not a database file: nothing was written. Give the database file "
        "itself (for example {path}/guichet.db) with --db or $GUICHET_DB."
    ),
    "db.not_a_file": (
        "{path} is {kind}, not a database file: nothing was read or written. Give a database "
        "file with --db or $GUICHET_DB."
    ),
    # Input that is not text (issue 13): bytes that are not UTF-8.
    "input.argument_not_text": (
        "The argument {name} ('{shown}') is not UTF-8 text. Type it again in UTF-8 (check the "
        "terminal's encoding); nothing was done."
    ),
    "input.env_not_text": (
        "The environment variable {name} is not UTF-8 text. Set it again in UTF-8; nothing "
        "was done."
    ),
    "backup.exists": "{path} already exists. Choose a new file name, or add --force to replace it.",
    "backup.same_file": "{path} is the database itself: a backup must be another file. Choose another file.",
    "backup.write_failed": (
        "Cannot write the backup to {path} ({problem}). Nothing was left half-written: choose a "
        "folder that exists, has room and that you may write to."
    ),
    "backup.not_found": "No backup file {path}. Check the name and the folder.",
    "backup.not_sqlite": (
        "{path} is not a Guichet backup (not an SQLite file). Nothing was restored: choose a "
        "file written by 'guichet backup'."
    ),
    "backup.not_guichet": (
        "{path} is an SQLite file but not a Guichet database. Nothing was restored: choose a "
        "file written by 'guichet backup'."
    ),
    "backup.damaged": (
        "The backup {path} is damaged ({problem}). Nothing was restored: choose an older backup."
    ),
    "backup.newer_version": (
        "The backup {path} comes from a newer version of Guichet (schema {revision}). Nothing "
        "was restored: install that version first."
    ),
    "backup.journal_broken": (
        "The journal in the backup {path} is broken at entry {seq}: {reason}. Nothing was "
        "restored: choose another backup and call the branch manager."
    ),
    "restore.failed": (
        "The restore could not finish ({problem}). The database {path} was left as it was; "
        "check the disk and retry."
    ),
}


PROBLEMS: dict[str, str] = {
    "one_of": "use one of {choices}",
    "user_fields": "a name and a password of 4+ characters",
    "time_zone": "unknown time zone '{name}'; use an IANA name such as Africa/Algiers.",
    "move_kind": "use pickup or topup",
    "move_reason": "say why the cash moves",
    "already_configured": "this database is already configured",
    "void_other": "describe the reason for 'other'",
    "terminal_ref": "type the terminal reference from the slip (32 characters at most)",
    "reading_kind": "use self or actual",
    "index_negative": "an index is 0 or more",
    "index_too_large": "{value} is too large for a meter register",
    "plan_policy_not_json": "the plan_policy setting is not JSON",
    "plan_policy_not_object": "the plan_policy setting must be a JSON object",
    "not_utf8_in_db": "text that is not UTF-8: {detail}",
    "folder_read_only": "the folder {folder} is read-only",
    "not_sqlite": "not an SQLite database file",
    "file_read_only": "the file is read-only",
    "no_file_name": "give a file name",
    "folder_missing": "the folder does not exist",
    "folder_missing_named": "the folder {folder} does not exist",
    "cannot_write_in": "cannot write in {folder}",
    "line_break": "the user or password holds a line break",
    "not_a_file": "not a file",
    "file_too_large": "the file is too large",
    "not_utf8": "it is not UTF-8 text",
    "credentials_line": "a line is not user=... or password=...",
    "no_password_line": "no password line",
    "one_or_more": "use 1 or more",
    "log_in_first": "log in first",
    "no_agency": "no agency {agency} in the central database",
    "note_too_long": "at most {limit} characters; shorten it",
    "denominations_format": "use minor units separated by commas",
    "denominations_positive": "values must be positive",
    "tariff_not_utf8": "not UTF-8 text",
    "tariff_too_deep": "values are nested too deeply",
    "tariff_syntax": "TOML syntax: {detail}",
    "tariff_overlap": "its validity dates overlap those of '{other}' (same family '{family}')",
    "policy_unknown_key": "unknown key '{key}'",
    "policy_not_bool": "'{key}' must be true/false",
    "policy_not_whole": "'{key}' must be a whole number",
    "policy_negative": "'{key}' must not be negative",
    "policy_at_least_one": "frequency_months, max_installments and rounding_minor must be 1 or more",
    "policy_ceiling": ("ceiling_installments must be between max_installments ({low}) and {high}"),
    "fragment_height": "use a number of rows from 8 to 4096, e.g. 256 or 960.",
    "not_whole_number": "'{text}' is not a whole number.",
    "not_one_of": "'{text}' is not one of {choices}.",
    "is_folder": "it is a folder",
    "folder_not_writable": "the folder {folder} is not writable",
}
"""What is wrong, when a message's ``{problem}`` is the core's own words (not the text of
an operating-system or driver error, which is passed on as it is): code → English."""


class Problem(str):
    """A ``{problem}`` value: its English text, plus its code and values for other languages.

    Why a ``str``: the CLI, the JSON output and the journal print the English as before
    (``str(problem)`` is the text), while the window sees ``code`` and ``values`` and words
    it in the clerk's language (``ui.i18n``) instead of showing English inside Arabic."""

    code: str
    values: dict[str, Any]

    def __new__(cls, code: str, /, **values: Any) -> Problem:
        text = super().__new__(cls, PROBLEMS[code].format(**values))
        text.code = code
        text.values = values
        return text

    def __getnewargs_ex__(self) -> tuple[tuple[str], dict[str, Any]]:
        return (self.code,), self.values


WINDOW_WORDING: dict[str, str] = {
    "amount.not_a_number": "'{text}' is not an amount. Type digits, e.g. 1250,50.",
    "payment.credit_unconfirmed": (
        "{credit} of the {amount} would be left as account credit (more than {threshold}). "
        "Check the amount; if it is meant, tick the confirmation box."
    ),
    "config.missing": "No configuration: {what}. Run 'guichet init' or the first-run assistant.",
    "statement.period_reversed": (
        "The period starts on {date_from}, after it ends on {date_to}. Swap the two dates."
    ),
    "sync.quarantine_unknown": (
        "Sync problem {item} is not in the list any more. Close and reopen the list."
    ),
    "plan.terms_invalid": (
        "Give either a number of installments or a target installment amount: one of the two, "
        "not both."
    ),
    "plan.out_of_policy": (
        "The plan breaks {count} rule(s): {violations} Change the terms, or have another manager "
        "approve it with a reason."
    ),
    "plan.approval_reason": "Write why the manager approves this: the reason is kept with the plan.",
}
"""The few messages worded otherwise on screen, where the English names a CLI option
(``--reason``) or command the clerk never types. Same placeholders as ``MESSAGES``; every
other code reads the same everywhere. The window's translators see ``window_templates()``."""

FIELD_MESSAGES: dict[str, str] = {
    "field.required": "Required: fill in this field.",
    "field.too_long": "Too long: {limit} characters at most.",
    "field.code": "'{text}' is not a valid code: use letters, digits, - or _ only, without spaces.",
    "field.url": (
        "'{text}' is not a central database address such as "
        "postgresql://agency_2401@central.example.dz/guichet."
    ),
    "field.url_password": (
        "Do not type the password in the address: it would be kept in every backup. "
        "Put it in a credentials file and name that file below."
    ),
    "field.locked": "The currency cannot be changed once amounts are recorded.",
    "field.till_open": (
        "A till is open on this terminal: close it before changing the agency or terminal code."
    ),
    "field.printer": (
        "'{uri}' is not a printer address. Use tcp://HOST:9100, usb://VID:PID, "
        "serial:///dev/ttyUSB0, cups://QUEUE, win://NAME or file:///PATH."
    ),
    "field.mismatch": "The two passwords differ. Type the same password twice.",
}
"""Problems with one field of a form (``desktop.services.terminal_setup.FieldError`` codes
that are not domain error codes), as a sentence under the field."""


def window_templates() -> dict[str, str]:
    """Every English template the window shows (domain codes, field codes and the
    ``problem.*`` of ``PROBLEMS``), by code.

    The one source of the window's "Errors" translation context: ``python -m ui.i18n.update``
    hands these strings to lupdate, and the window looks each translation up by this text.
    """
    out = {code: WINDOW_WORDING.get(code, text) for code, text in MESSAGES.items()}
    out.update(FIELD_MESSAGES)
    out.update({f"problem.{code}": text for code, text in PROBLEMS.items()})
    return out


class DomainError(Exception):
    """A refusal the user can act on.

    Fields:
        code: stable identifier, a key of ``MESSAGES`` (e.g. ``"amount.negative"``).
        params: values substituted into the message; plain strings and numbers.
    """

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message())

    def message(self, template: str | None = None) -> str:
        """The message in English, or formatted into ``template`` (e.g. a translation)."""
        text = template or MESSAGES.get(self.code, self.code)
        try:
            return text.format(**self.params)
        except (KeyError, IndexError):
            return f"{text} {self.params}"

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``{"error": code, "message": ..., "params": {...}}``."""
        return {
            "error": self.code,
            "message": self.message(),
            "params": {k: str(v) for k, v in self.params.items()},
        }
