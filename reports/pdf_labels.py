"""Words printed on the PDF documents, in Arabic, French and English.

Why a table here rather than Qt Linguist: the PDFs are made by the CLI and by workers with
no Qt loaded, and a document must be printable in a language other than the clerk's (the
customer chooses). Placeholders are named ({x}); values are inserted already formatted and
isolated (see ``reports.pdf_common``), never built with f-strings inside the sentences.
"""

from __future__ import annotations

from desktop.services.statements import SERVICE_UNITS
from desktop.vocabulary import WORDS
from reports.translations import capitalised, word

LANGS = ("ar", "fr", "en")

LABELS: dict[str, dict[str, str]] = {
    "statement.title": {"ar": "كشف الحساب", "fr": "Relevé de compte", "en": "Account statement"},
    "statement.period": {
        "ar": "الفترة من {start} إلى {end}",
        "fr": "Période du {start} au {end}",
        "en": "Period from {start} to {end}",
    },
    "issued_on": {"ar": "حرر في {date}", "fr": "Édité le {date}", "en": "Issued on {date}"},
    "page": {"ar": "صفحة {x} من {y}", "fr": "Page {x} sur {y}", "en": "Page {x} of {y}"},
    "agency": {"ar": "{name}", "fr": "{name}", "en": "{name}"},
    "customer": {"ar": "الزبون", "fr": "Client", "en": "Customer"},
    "account_no": {"ar": "رقم الحساب", "fr": "N° de compte", "en": "Account no."},
    "category": {"ar": "الصنف", "fr": "Catégorie", "en": "Category"},
    "address": {"ar": "العنوان", "fr": "Adresse", "en": "Address"},
    "meters": {"ar": "العدادات", "fr": "Compteurs", "en": "Meters"},
    "col.date": {"ar": "التاريخ", "fr": "Date", "en": "Date"},
    "col.description": {"ar": "البيان", "fr": "Libellé", "en": "Description"},
    "col.reference": {"ar": "المرجع", "fr": "Référence", "en": "Reference"},
    "col.debit": {"ar": "مدين", "fr": "Débit", "en": "Debit"},
    "col.credit": {"ar": "دائن", "fr": "Crédit", "en": "Credit"},
    "col.balance": {"ar": "الرصيد", "fr": "Solde", "en": "Balance"},
    "opening": {"ar": "الرصيد الافتتاحي", "fr": "Solde d'ouverture", "en": "Opening balance"},
    "closing": {"ar": "الرصيد الختامي", "fr": "Solde de clôture", "en": "Closing balance"},
    "pending_regularisation": {
        "ar": "تسوية في انتظار الفوترة",
        "fr": "Régularisation à facturer",
        "en": "Regularisation not yet billed",
    },
    "total_due": {"ar": "المجموع المستحق", "fr": "Total dû", "en": "Total due"},
    "total_debit": {"ar": "مجموع المدين", "fr": "Total débit", "en": "Total debit"},
    "total_credit": {"ar": "مجموع الدائن", "fr": "Total crédit", "en": "Total credit"},
    "totals": {"ar": "المجاميع", "fr": "Totaux", "en": "Totals"},
    "summary": {"ar": "ملخص", "fr": "Récapitulatif", "en": "Summary"},
    "balance_note.due": {
        "ar": "موجب: مبلغ مستحق على الزبون. سالب: رصيد دائن لصالحه.",
        "fr": "Positif : dû par le client. Négatif : crédit en sa faveur.",
        "en": "Positive: owed by the customer. Negative: credit in the customer's favour.",
    },
    "no_entries": {
        "ar": "لا توجد حركات خلال هذه الفترة.",
        "fr": "Aucun mouvement sur la période.",
        "en": "No movement in this period.",
    },
    "aging.title": {
        "ar": "أعمار الديون في {date}",
        "fr": "Ancienneté des impayés au {date}",
        "en": "Aging of unpaid bills at {date}",
    },
    "aging.total": {"ar": "مجموع غير المسدد", "fr": "Total impayé", "en": "Total unpaid"},
    "aging.credit": {
        "ar": "رصيد دائن غير مخصص",
        "fr": "Crédit non affecté",
        "en": "Unallocated credit",
    },
    "aging.bills": {"ar": "عدد الفواتير", "fr": "Factures", "en": "Bills"},
    "aging.bucket": {"ar": "التأخر", "fr": "Retard", "en": "Overdue"},
    "aging.amount": {"ar": "المبلغ", "fr": "Montant", "en": "Amount"},
    "plan.title": {
        "ar": "رزنامة التسديد بالتقسيط الجارية",
        "fr": "Échéancier en cours",
        "en": "Active installment plan",
    },
    "plan.summary": {
        "ar": "الرزنامة {ref} المتفق عليها في {date}: المبلغ الإجمالي {total}، الباقي {remaining}",
        "fr": "Échéancier {ref} convenu le {date} : total {total}, reste {remaining}",
        "en": "Plan {ref} agreed on {date}: total {total}, remaining {remaining}",
    },
    "plan.due": {"ar": "تاريخ الاستحقاق", "fr": "Échéance", "en": "Due date"},
    "plan.amount": {"ar": "القسط", "fr": "Montant", "en": "Amount"},
    "plan.paid": {"ar": "المسدد", "fr": "Payé", "en": "Paid"},
    "chart.title": {
        "ar": "الاستهلاك المفوتر — {service}، العداد {meter} ({unit})",
        "fr": "Consommation facturée — {service}, compteur {meter} ({unit})",
        "en": "Billed consumption — {service}, meter {meter} ({unit})",
    },
    "chart.actual": {"ar": "قراءة فعلية", "fr": "Relevé réel", "en": "Actual reading"},
    "chart.estimated": {"ar": "تقدير", "fr": "Estimation", "en": "Estimate"},
    "kind.bill": {"ar": "فاتورة {service}", "fr": "Facture {service}", "en": "{service} bill"},
    "kind.adjustment": {
        "ar": "تسوية {service}",
        "fr": "Régularisation {service}",
        "en": "{service} adjustment",
    },
    "kind.payment": {
        "ar": "تسديد — {channel}",
        "fr": "Paiement — {channel}",
        "en": "Payment — {channel}",
    },
    "kind.void": {"ar": "إلغاء تسديد", "fr": "Annulation de paiement", "en": "Payment voided"},
    "estimated": {"ar": "تقديرية", "fr": "estimée", "en": "estimated"},
    "currency.DZD": {"ar": "د.ج", "fr": "DA", "en": "DZD"},
    "currency.MAD": {"ar": "د.م", "fr": "DH", "en": "MAD"},
    # Certificates
    "cert.payment.title": {
        "ar": "شهادة تسديد",
        "fr": "Attestation de paiement",
        "en": "Payment certificate",
    },
    "cert.payment.body": {
        "ar": "تشهد {company}، {agency}، أن الزبون {name} صاحب الحساب رقم {account} قد سدد "
        "مبلغ {amount} بتاريخ {date}، بموجب وصل الاستلام رقم {receipt}.",
        "fr": "{company}, {agency}, atteste que le client {name}, titulaire du compte n° "
        "{account}, a réglé la somme de {amount} le {date}, suivant le reçu n° {receipt}.",
        "en": "{company}, {agency}, certifies that the customer {name}, holder of account no. "
        "{account}, paid {amount} on {date}, under receipt no. {receipt}.",
    },
    "cert.nodebt.title": {
        "ar": "شهادة براءة الذمة",
        "fr": "Attestation de non-dette",
        "en": "No-debt certificate",
    },
    "cert.nodebt.body": {
        "ar": "تشهد {company}، {agency}، أن الزبون {name} صاحب الحساب رقم {account} غير مدين "
        "لها بأي مبلغ إلى غاية {date}، بعنوان جميع نقاط الخدمة المذكورة أدناه.",
        "fr": "{company}, {agency}, atteste que le client {name}, titulaire du compte n° "
        "{account}, ne lui doit aucune somme à la date du {date}, au titre de tous les points "
        "de service ci-dessous.",
        "en": "{company}, {agency}, certifies that the customer {name}, holder of account no. "
        "{account}, owes it nothing as of {date}, for all the service points listed below.",
    },
    "cert.nodebt.credit": {
        "ar": "للزبون رصيد دائن قدره {amount}.",
        "fr": "Le client dispose d'un crédit de {amount}.",
        "en": "The customer has a credit of {amount}.",
    },
    "cert.purpose": {
        "ar": "سلمت هذه الشهادة بطلب من المعني لاستعمالها في حدود ما يسمح به القانون.",
        "fr": "La présente attestation est délivrée à la demande de l'intéressé pour servir et "
        "valoir ce que de droit.",
        "en": "This certificate is issued at the customer's request, for whatever purpose it "
        "may lawfully serve.",
    },
    "cert.reference": {"ar": "المرجع", "fr": "Référence", "en": "Reference"},
    "cert.receipt": {"ar": "وصل الاستلام", "fr": "Reçu", "en": "Receipt"},
    "cert.date": {"ar": "تاريخ التسديد", "fr": "Date du paiement", "en": "Payment date"},
    "cert.amount": {"ar": "المبلغ", "fr": "Montant", "en": "Amount"},
    "cert.tender": {"ar": "طريقة الدفع", "fr": "Mode de paiement", "en": "Tender"},
    "cert.card": {"ar": "البطاقة", "fr": "Carte", "en": "Card"},
    "cert.auth": {"ar": "رمز الترخيص", "fr": "Autorisation", "en": "Authorisation"},
    "cert.bills": {"ar": "الفواتير المسددة", "fr": "Factures réglées", "en": "Bills settled"},
    "cert.bill": {"ar": "الفاتورة", "fr": "Facture", "en": "Bill"},
    "cert.period": {"ar": "الفترة", "fr": "Période", "en": "Period"},
    "cert.credit": {
        "ar": "إلى الرصيد الدائن",
        "fr": "Au crédit du compte",
        "en": "To account credit",
    },
    "cert.clerk": {"ar": "العون", "fr": "Agent", "en": "Clerk"},
    "cert.check": {"ar": "رمز التحقق", "fr": "Code de vérification", "en": "Verification code"},
    "cert.services": {"ar": "نقاط الخدمة", "fr": "Points de service", "en": "Service points"},
    "cert.last_payment": {
        "ar": "آخر تسديد: {date}، الوصل {receipt}",
        "fr": "Dernier paiement : {date}, reçu {receipt}",
        "en": "Last payment: {date}, receipt {receipt}",
    },
    "cert.place_date": {
        "ar": "{city} في {date}",
        "fr": "{city}, le {date}",
        "en": "{city}, {date}",
    },
    "cert.signature": {
        "ar": "رئيس الوكالة (الختم والإمضاء)",
        "fr": "Le chef d'agence (cachet et signature)",
        "en": "Branch manager (stamp and signature)",
    },
    "cert.issued": {
        "ar": "صدرت في {date} على الساعة {time} من طرف {name}",
        "fr": "Délivrée le {date} à {time} par {name}",
        "en": "Issued on {date} at {time} by {name}",
    },
    "cert.own_check": {
        "ar": "رمز التحقق من الشهادة",
        "fr": "Code de vérification de l'attestation",
        "en": "Certificate verification code",
    },
    "cert.verify_note": {
        "ar": "للتحقق من هذه الشهادة، امسح الرمز أو قدّم رقمها ورمز التحقق إلى الشركة.",
        "fr": "Pour vérifier cette attestation, scannez le code ou communiquez son numéro et "
        "son code de vérification à la société.",
        "en": "To check this certificate, scan the code or give its number and verification "
        "code to the company.",
    },
    # Daily closing (Z report)
    "z.title": {
        "ar": "تقرير الإقفال اليومي (Z)",
        "fr": "Clôture journalière (Z)",
        "en": "Daily closing report (Z)",
    },
    "z.duplicate": {
        "ar": "نسخة مكررة — أعيد طبعها في {date}",
        "fr": "DUPLICATA — réimprimé le {date}",
        "en": "DUPLICATE — reprinted on {date}",
    },
    "z.no": {"ar": "رقم الإقفال", "fr": "N° de clôture (Z)", "en": "Z number"},
    "z.day": {"ar": "يوم العمل", "fr": "Journée", "en": "Business day"},
    "z.agency": {"ar": "الوكالة", "fr": "Agence", "en": "Agency"},
    "z.closed_by": {"ar": "أقفله", "fr": "Clôturée par", "en": "Closed by"},
    "z.closed_at": {"ar": "وقت الإقفال", "fr": "Clôturée le", "en": "Closed at"},
    "z.currency_note": {
        "ar": "العملة: {currency}",
        "fr": "Montants en {currency}",
        "en": "Amounts in {currency}",
    },
    "z.summary": {"ar": "مجاميع اليوم", "fr": "Totaux de la journée", "en": "Day totals"},
    "z.payments": {
        "ar": "عدد التسديدات السارية",
        "fr": "Paiements valides",
        "en": "Valid payments",
    },
    "z.day_total": {"ar": "مجموع اليوم", "fr": "Total de la journée", "en": "Day total"},
    "z.previous_grand": {
        "ar": "المجموع العام السابق",
        "fr": "Total général précédent",
        "en": "Previous grand total",
    },
    "z.grand_total": {
        "ar": "المجموع العام الدائم",
        "fr": "Total général perpétuel",
        "en": "Perpetual grand total",
    },
    "z.voids_count": {
        "ar": "التسديدات الملغاة",
        "fr": "Paiements annulés",
        "en": "Voided payments",
    },
    "z.voids_amount": {
        "ar": "مبلغ التسديدات الملغاة",
        "fr": "Montant annulé",
        "en": "Amount voided",
    },
    "z.by_tender": {"ar": "حسب طريقة الدفع", "fr": "Par mode de paiement", "en": "By tender"},
    "z.by_clerk": {"ar": "حسب العون", "fr": "Par agent", "en": "By clerk"},
    "z.by_service": {"ar": "حسب الخدمة", "fr": "Par service", "en": "By service"},
    "z.voids": {"ar": "الإلغاءات", "fr": "Annulations", "en": "Voids"},
    "z.sessions": {"ar": "جلسات الصندوق", "fr": "Sessions de caisse", "en": "Cash sessions"},
    "z.col.tender": {"ar": "طريقة الدفع", "fr": "Mode", "en": "Tender"},
    "z.col.count": {"ar": "العدد", "fr": "Nombre", "en": "Count"},
    "z.col.amount": {"ar": "المبلغ", "fr": "Montant", "en": "Amount"},
    "z.col.clerk": {"ar": "العون", "fr": "Agent", "en": "Clerk"},
    "z.col.total": {"ar": "المجموع", "fr": "Total", "en": "Total"},
    "z.col.service": {"ar": "الخدمة", "fr": "Service", "en": "Service"},
    "z.col.share": {"ar": "النسبة", "fr": "Part", "en": "Share"},
    "z.col.terminal": {"ar": "الشباك", "fr": "Poste", "en": "Terminal"},
    "z.col.float": {"ar": "مبلغ الافتتاح", "fr": "Fonds initial", "en": "Float"},
    "z.col.expected": {"ar": "المتوقع", "fr": "Attendu", "en": "Expected"},
    "z.col.counted": {"ar": "المعدود", "fr": "Compté", "en": "Counted"},
    "z.col.difference": {"ar": "الفرق", "fr": "Écart", "en": "Over/short"},
    "z.col.payments": {"ar": "التسديدات", "fr": "Paiements", "en": "Payments"},
    "z.col.voided": {"ar": "ملغاة", "fr": "Annulés", "en": "Voided"},
    "z.total": {"ar": "المجموع", "fr": "Total", "en": "Total"},
    "z.none": {"ar": "لا شيء", "fr": "Néant", "en": "None"},
    "z.shortfall": {
        "ar": "عجز ({tender}) — {clerk}، الشباك {terminal}: {amount}",
        "fr": "Manque ({tender}) — {clerk}, poste {terminal} : {amount}",
        "en": "Shortfall ({tender}) — {clerk}, terminal {terminal}: {amount}",
    },
    "z.overage": {
        "ar": "فائض ({tender}) — {clerk}، الشباك {terminal}: {amount}",
        "fr": "Excédent ({tender}) — {clerk}, poste {terminal} : {amount}",
        "en": "Overage ({tender}) — {clerk}, terminal {terminal}: {amount}",
    },
    "z.no_difference": {
        "ar": "لا يوجد أي فرق بين المتوقع والمعدود.",
        "fr": "Aucun écart entre l'attendu et le compté.",
        "en": "No difference between expected and counted.",
    },
    "z.journal": {
        "ar": "بصمة السجل (SHA-256) عند الإقفال",
        "fr": "Empreinte du journal (SHA-256) à la clôture",
        "en": "Journal hash (SHA-256) at closing",
    },
    "z.journal_note": {
        "ar": "تختم هذه البصمة السجل غير القابل للتعديل عند الإقفال: يجب أن يجد الأمر {command} "
        "هذه البصمة نفسها في سلسلة السجل.",
        "fr": "Cette empreinte scelle le journal inaltérable à la clôture : la commande "
        "{command} doit retrouver la même empreinte dans la chaîne.",
        "en": "This hash seals the inalterable journal at the closing: {command} must find "
        "the same hash in the chain.",
    },
    "service.account_credit": {
        "ar": "رصيد دائن للحساب",
        "fr": "crédit de compte",
        "en": "account credit",
    },
}


def label(key: str, lang: str, **values: str) -> str:
    """The text of ``key`` in ``lang`` with ``values`` inserted (already formatted).

    A stored word (``service.gas``, ``tender.cash``, ``category.professional``, ``unit.th``,
    ``channel.online``) is not in this table: it is the word of ``desktop.vocabulary`` the
    window shows, read from the translators' file (see ``reports.translations``)."""
    if key not in LABELS:
        return _stored_word(key, lang)
    text = LABELS[key].get(lang) or LABELS[key]["en"]
    return text.format(**values) if values else text


def has_label(key: str) -> bool:
    return key in LABELS or key in WORDS or _stored_word(key, "en") != key


_CAPITALISED = ("tender.", "category.", "aging.")
"""Stored words written as a value of their own (a table cell, "Tender: Cash") start with a
capital; services and channels sit inside sentences ("Payment — counter, cash")."""


def _stored_word(key: str, lang: str) -> str:
    """A stored word by its ``desktop.vocabulary`` code, plus the two composed forms the
    documents use: the unit of a service (``unit.gas``) and a counter payment with its
    tender (``channel.counter.cash``). ``key`` itself when it is none of these."""
    if key in WORDS:
        text = word(key, lang)
        return capitalised(text) if key.startswith(_CAPITALISED) else text
    kind, _, value = key.partition(".")
    if kind == "unit" and value in SERVICE_UNITS:
        return word(f"unit.{SERVICE_UNITS[value]}", lang)
    if kind == "channel" and value.startswith("counter.") and f"tender.{value[8:]}" in WORDS:
        comma = "، " if lang == "ar" else ", "
        return word("channel.counter", lang) + comma + word(f"tender.{value[8:]}", lang)
    return key


# Installment plan agreement (issue 7: reports/pdf_plan_agreement.py)
LABELS.update(
    {
        "agr.title": {
            "ar": "اتفاقية تسديد بالتقسيط",
            "fr": "Échéancier de paiement",
            "en": "Installment payment agreement",
        },
        "agr.reference": {
            "ar": "المرجع {ref} — حررت في {date}",
            "fr": "Référence {ref} — établi le {date}",
            "en": "Reference {ref} — made on {date}",
        },
        "agr.parties": {
            "ar": "بين {company}، {agency}، من جهة، والزبون {name} صاحب الحساب رقم {account}، من جهة "
            "أخرى، تم الاتفاق على تسديد الديون المذكورة أدناه وفق الرزنامة التالية.",
            "fr": "Entre {company}, {agency}, d'une part, et le client {name}, titulaire du compte "
            "n° {account}, d'autre part, il est convenu que les factures ci-dessous seront réglées "
            "selon l'échéancier suivant.",
            "en": "Between {company}, {agency}, and the customer {name}, holder of account no. "
            "{account}, it is agreed that the bills below will be paid according to the following "
            "schedule.",
        },
        "agr.bills": {"ar": "الفواتير المعنية", "fr": "Factures concernées", "en": "Bills covered"},
        "agr.col.bill": {"ar": "الفاتورة", "fr": "Facture", "en": "Bill"},
        "agr.col.service": {"ar": "الخدمة", "fr": "Service", "en": "Service"},
        "agr.col.period": {"ar": "الفترة", "fr": "Période", "en": "Period"},
        "agr.col.due": {"ar": "تاريخ الاستحقاق", "fr": "Échéance", "en": "Due date"},
        "agr.col.open": {"ar": "المبلغ المستحق", "fr": "Reste dû", "en": "Amount due"},
        "agr.col.seq": {"ar": "القسط", "fr": "N°", "en": "No."},
        "agr.col.amount": {"ar": "المبلغ", "fr": "Montant", "en": "Amount"},
        "agr.col.paid": {
            "ar": "التأشير عند الدفع",
            "fr": "Visa au paiement",
            "en": "Paid (initials)",
        },
        "agr.total": {"ar": "المجموع", "fr": "Total", "en": "Total"},
        "agr.summary": {"ar": "شروط الاتفاق", "fr": "Conditions", "en": "Terms"},
        "agr.debt": {"ar": "مجموع الدين", "fr": "Dette totale", "en": "Total debt"},
        "agr.down": {"ar": "الدفعة الأولى", "fr": "Apport initial", "en": "Down payment"},
        "agr.down_receipt": {
            "ar": "{amount} (الوصل {receipt})",
            "fr": "{amount} (reçu {receipt})",
            "en": "{amount} (receipt {receipt})",
        },
        "agr.financed": {
            "ar": "المبلغ المقسط",
            "fr": "Montant échelonné",
            "en": "Amount scheduled",
        },
        "agr.count": {"ar": "عدد الأقساط", "fr": "Nombre d'échéances", "en": "Installments"},
        "agr.rounding": {"ar": "قاعدة التقريب", "fr": "Arrondi", "en": "Rounding"},
        "agr.rounding.rule": {
            "ar": "{regular} لكل قسط؛ القسط الأخير ({last}) يأخذ الباقي ليكون المجموع {financed} بالضبط",
            "fr": "{regular} par échéance ; la dernière ({last}) prend le reste, pour un total de "
            "{financed} exactement",
            "en": "{regular} each; the last one ({last}) takes the remainder, for a total of "
            "exactly {financed}",
        },
        "agr.rounding.single": {
            "ar": "قسط واحد: لا تقريب",
            "fr": "Échéance unique : aucun arrondi",
            "en": "One installment: nothing rounded",
        },
        "agr.frequency": {"ar": "الدورية", "fr": "Périodicité", "en": "Frequency"},
        "agr.freq.1": {"ar": "شهرية", "fr": "mensuelle", "en": "monthly"},
        "agr.freq.2": {"ar": "كل شهرين", "fr": "bimestrielle", "en": "every two months"},
        "agr.freq.3": {"ar": "فصلية", "fr": "trimestrielle", "en": "quarterly"},
        "agr.freq.n": {"ar": "كل {n} أشهر", "fr": "tous les {n} mois", "en": "every {n} months"},
        "agr.schedule": {
            "ar": "رزنامة الأقساط",
            "fr": "Calendrier des échéances",
            "en": "Schedule",
        },
        "agr.commitments": {"ar": "الالتزامات", "fr": "Engagements", "en": "Undertakings"},
        "agr.rule.pay": {
            "ar": "يلتزم الزبون بتسديد كل قسط في أجل أقصاه تاريخ استحقاقه، في أي وكالة أو نقطة دفع.",
            "fr": "Le client s'engage à régler chaque échéance au plus tard à sa date, dans toute "
            "agence ou point de paiement.",
            "en": "The customer undertakes to pay each installment by its due date, at any agency "
            "or payment point.",
        },
        "agr.rule.order": {
            "ar": "كل تسديد يخصص أولا للأقساط الحالة، ثم للفواتير الأخرى، ثم للأقساط القادمة.",
            "fr": "Tout paiement règle d'abord les échéances arrivées à terme, puis les autres "
            "factures, puis les échéances à venir.",
            "en": "Every payment settles the installments already due first, then the other bills, "
            "then the installments to come.",
        },
        "agr.rule.current": {
            "ar": "تبقى الفواتير الجديدة واجبة التسديد في آجالها العادية.",
            "fr": "Les nouvelles factures restent payables à leur échéance habituelle.",
            "en": "New bills remain payable by their usual due dates.",
        },
        "agr.rule.break": {
            "ar": "إذا بقي قسط غير مسدد بعد {days} يوما من تاريخ استحقاقه، تلغى هذه الرزنامة ويصبح "
            "باقي الدين واجب التسديد فورا وتطبق إجراءات التحصيل العادية.",
            "fr": "Une échéance impayée {days} jours après sa date met fin à l'échéancier : le reste "
            "dû redevient immédiatement exigible et les mesures de recouvrement ordinaires "
            "s'appliquent.",
            "en": "An installment still unpaid {days} days after its due date ends the agreement: "
            "the rest of the debt becomes payable at once and ordinary collection applies.",
        },
        "agr.approved": {
            "ar": "وافق عليها خارج السياسة المعتادة: {name}. السبب: {reason}",
            "fr": "Approuvé hors politique par {name}. Motif : {reason}",
            "en": "Approved outside the policy by {name}. Reason: {reason}",
        },
        "agr.previous": {
            "ar": "تحل هذه الرزنامة محل الرزنامة {ref}.",
            "fr": "Cet échéancier remplace l'échéancier {ref}.",
            "en": "This agreement replaces agreement {ref}.",
        },
        "agr.clerk": {"ar": "العون: {name}", "fr": "Agent : {name}", "en": "Clerk: {name}"},
        "agr.sign.customer": {
            "ar": "الزبون (قرئ وصودق عليه)",
            "fr": "Le client (lu et approuvé)",
            "en": "The customer (read and approved)",
        },
        "agr.sign.agency": {
            "ar": "عن الوكالة (الختم والإمضاء)",
            "fr": "Pour l'agence (cachet et signature)",
            "en": "For the agency (stamp and signature)",
        },
    }
)

# Regularisation of estimated bills, on the statement (the Lydec story)
LABELS.update(
    {
        "kind.regularisation": {
            "ar": "تسوية الفواتير التقديرية — العداد {meter}",
            "fr": "Régularisation des factures estimées — compteur {meter}",
            "en": "Regularisation of estimated bills — meter {meter}",
        },
        "reg.title": {
            "ar": "تسوية الفواتير التقديرية",
            "fr": "Régularisation des factures estimées",
            "en": "Regularisation of estimated bills",
        },
        "reg.summary": {
            "ar": "العداد {meter}، من {start} إلى {end}: الاستهلاك الفعلي {kwh} موزع على الفترات حسب عدد الأيام، وكل فترة مفوترة بشرائحها. {outcome}",
            "fr": "Compteur {meter}, du {start} au {end} : consommation réelle de {kwh} répartie sur les périodes au prorata des jours, chaque période facturée selon ses tranches. {outcome}",
            "en": "Meter {meter}, {start} to {end}: actual consumption of {kwh} split over the periods by days, each period billed at its own tiers. {outcome}",
        },
        "reg.debit": {
            "ar": "الفرق {amount} يضاف إلى الفاتورة القادمة.",
            "fr": "La différence de {amount} est ajoutée à la prochaine facture.",
            "en": "The difference of {amount} is added to the next bill.",
        },
        "reg.credit": {
            "ar": "الفرق {amount} أضيف إلى رصيدكم الدائن.",
            "fr": "La différence de {amount} a été portée à votre crédit.",
            "en": "The difference of {amount} was credited to your account.",
        },
        "reg.none": {
            "ar": "لا فرق بين الفعلي والتقديري.",
            "fr": "Aucune différence entre le réel et l'estimé.",
            "en": "No difference between actual and estimated.",
        },
        "reg.period": {"ar": "الفترة", "fr": "Période", "en": "Period"},
        "reg.days": {"ar": "الأيام", "fr": "Jours", "en": "Days"},
        "reg.kwh": {"ar": "الكمية", "fr": "Quantité", "en": "Quantity"},
        "reg.actual": {"ar": "المبلغ الفعلي", "fr": "Montant réel", "en": "Actual amount"},
        "reg.billed": {
            "ar": "المفوتر تقديرياً",
            "fr": "Facturé (estimé)",
            "en": "Billed (estimated)",
        },
        "reg.diff": {"ar": "الفرق", "fr": "Différence", "en": "Difference"},
        "reg.total": {"ar": "المجموع", "fr": "Total", "en": "Total"},
    }
)
