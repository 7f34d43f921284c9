"""The fixed words of a receipt, in French and Arabic.

Why a table and not Qt Linguist: a receipt prints both languages at once, whatever the
clerk's interface language, and its wording is part of the fiscal document; keeping the
pairs side by side makes them easy to review together.
"""

from __future__ import annotations

from desktop.vocabulary import WORDS
from reports.translations import capitalised, word

LABELS: dict[str, tuple[str, str]] = {
    # key: (français, العربية)
    "title": ("REÇU DE PAIEMENT", "وصل استلام"),
    "receipt_no": ("Reçu N°", "رقم الوصل"),
    "date": ("Date", "التاريخ"),
    "agency": ("Agence", "الوكالة"),
    "terminal": ("Guichet", "الشباك"),
    "clerk": ("Agent", "العون"),
    "account": ("Réf. client", "مرجع الزبون"),
    "holder": ("Titulaire", "صاحب الحساب"),
    "bills": ("Factures réglées", "الفواتير المسددة"),
    "period": ("Période", "الفترة"),
    "credit": ("Avance sur compte", "تسبيق في الحساب"),
    "total": ("TOTAL PAYÉ", "المبلغ المدفوع"),
    "tender": ("Mode de paiement", "طريقة الدفع"),
    "tendered": ("Montant remis", "المبلغ المسلم"),
    "change": ("Monnaie rendue", "الباقي المرجع"),
    "card_no": ("Carte N°", "رقم البطاقة"),
    "auth_code": ("Autorisation", "رقم الترخيص"),
    "terminal_ref": ("TPE", "جهاز الدفع"),
    "balance": ("Reste à payer", "المبلغ المتبقي"),
    "balance_credit": ("Solde créditeur", "رصيد دائن"),
    "plan": ("Échéancier", "رزنامة التسديد بالتقسيط"),
    "plan_ref": ("Référence", "المرجع"),
    "plan_paid": ("Échéances réglées", "الأقساط المسددة"),
    "plan_remaining": ("Reste de l'échéancier", "المتبقي من الرزنامة"),
    "plan_next": ("Prochaine échéance", "القسط القادم"),
    "duplicate": ("DUPLICATA", "نسخة"),
    "void": ("REÇU ANNULÉ", "وصل ملغى"),
    "correction": ("CORRECTION", "تصحيح"),
    "void_note": ("Ce paiement a été annulé", "تم إلغاء هذا الدفع"),
    "verify": ("Vérification", "رمز التحقق"),
    "thanks": ("Merci de votre visite", "شكرا على زيارتكم"),
    "keep": ("Conservez ce reçu", "احتفظوا بهذا الوصل"),
    "test_title": ("PAGE DE TEST", "صفحة تجريبية"),
    "test_ok": ("L'imprimante fonctionne", "الطابعة تعمل"),
    "test_width": ("Largeur", "العرض"),
    "amount": ("Montant", "المبلغ"),
}


def label(key: str, language: str) -> str:
    """The label ``key`` in ``language`` ('fr' or 'ar'); the key itself if unknown.

    A tender or a service ("cash", "gas") is a stored word: printed as the window shows it
    (``desktop.vocabulary`` through ``reports.translations``), with a capital."""
    pair = LABELS.get(key)
    if pair is None:
        return stored_word(key, language)
    return pair[1] if language == "ar" else pair[0]


def stored_word(value: str, language: str) -> str:
    """A tender or service value as printed on receipts; ``value`` itself when unknown."""
    for kind in ("tender", "service"):
        if f"{kind}.{value}" in WORDS:
            return capitalised(word(f"{kind}.{value}", language))
    return value


def stored_pair(value: str) -> tuple[str, str]:
    """(French, Arabic) of a tender or service value, like the pairs of ``LABELS``."""
    return stored_word(value, "fr"), stored_word(value, "ar")
