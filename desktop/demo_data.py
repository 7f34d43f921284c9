"""Names, places and company identities for the two demo profiles (Algeria, Morocco).

Why a module of its own: the generator's logic stays readable, and the data stays plain. Every
Arabic name carries the Latin form printed on bills (French-style transliteration, as used in
both countries). Some names deliberately carry hamza, ta marbuta or alef maqsura, and some
Latin names accents, so search folding can be tried on realistic data.
"""

from __future__ import annotations

from dataclasses import dataclass

# (Arabic, Latin) pairs.
FIRST_NAMES_M = [
    ("محمد", "Mohamed"),
    ("أحمد", "Ahmed"),
    ("عبد القادر", "Abdelkader"),
    ("إبراهيم", "Brahim"),
    ("يوسف", "Youcef"),
    ("مصطفى", "Mostefa"),
    ("عيسى", "Aissa"),
    ("موسى", "Moussa"),
    ("يحيى", "Yahia"),
    ("رشيد", "Rachid"),
    ("كمال", "Kamel"),
    ("سليم", "Salim"),
    ("إسماعيل", "Smail"),
    ("عمر", "Omar"),
    ("علي", "Ali"),
    ("حسين", "Hocine"),
    ("نور الدين", "Noureddine"),
    ("رضا", "Reda"),
    ("بلال", "Bilal"),
    ("هشام", "Hichem"),
    ("عبد الرحمن", "Abderrahmane"),
    ("سفيان", "Sofiane"),
    ("فريد", "Farid"),
    ("ياسين", "Yacine"),
]
FIRST_NAMES_F = [
    ("فاطمة الزهراء", "Fatima Zohra"),
    ("أمينة", "Amina"),
    ("إيمان", "Imane"),
    ("آمال", "Amel"),
    ("أسماء", "Asma"),
    ("عائشة", "Aicha"),
    ("خديجة", "Khadidja"),
    ("مريم", "Meriem"),
    ("سعاد", "Souad"),
    ("نادية", "Nadia"),
    ("ليلى", "Leila"),
    ("سلمى", "Salma"),
    ("حياة", "Hayat"),
    ("وفاء", "Wafa"),
    ("سارة", "Sarah"),
    ("نوال", "Naouel"),
    ("زينب", "Zineb"),
    ("هدى", "Houda"),
    ("رانية", "Rania"),
    ("كريمة", "Karima"),
]
FAMILY_DZ = [
    ("بن علي", "Benali"),
    ("بوزيد", "Bouzid"),
    ("بن عيسى", "Benaïssa"),
    ("حداد", "Haddad"),
    ("بوضياف", "Boudiaf"),
    ("مسعودي", "Messaoudi"),
    ("زروقي", "Zerrouki"),
    ("بلعيد", "Bélaïd"),
    ("آيت أحمد", "Aït Ahmed"),
    ("قاسمي", "Kacemi"),
    ("شريف", "Chérif"),
    ("بوشامة", "Bouchama"),
    ("مرابط", "Merabet"),
    ("بن يحيى", "Benyahia"),
    ("عمراني", "Amrani"),
    ("خليفة", "Khelifa"),
    ("بوعزيز", "Bouaziz"),
    ("رحابي", "Rahabi"),
    ("سعيداني", "Saidani"),
    ("بن موسى", "Benmoussa"),
    ("لعريبي", "Laribi"),
    ("زيتوني", "Zitouni"),
    ("بوقرة", "Bougherra"),
    ("حمادي", "Hammadi"),
    ("طالبي", "Talbi"),
    ("منصوري", "Mansouri"),
    ("فرحات", "Ferhat"),
    ("بن طالب", "Bentaleb"),
    ("قرفي", "Guerfi"),
    ("سلامي", "Slami"),
    ("بن سالم", "Bensalem"),
    ("عزوز", "Azzouz"),
]
FAMILY_MA = [
    ("العلوي", "Alaoui"),
    ("بنجلون", "Benjelloun"),
    ("الفاسي", "El Fassi"),
    ("التازي", "Tazi"),
    ("برادة", "Berrada"),
    ("بناني", "Bennani"),
    ("الشرايبي", "Chraïbi"),
    ("لحلو", "Lahlou"),
    ("الإدريسي", "El Idrissi"),
    ("الوزاني", "Ouazzani"),
    ("السبتي", "Sebti"),
    ("المنصوري", "Mansouri"),
    ("الأمراني", "Amrani"),
    ("بنكيران", "Benkirane"),
    ("الزياني", "Zayani"),
    ("الحسني", "El Hassani"),
    ("العمراوي", "Amraoui"),
    ("بوطالب", "Boutaleb"),
    ("الكتاني", "Kettani"),
    ("الصقلي", "Sqalli"),
    ("أيت الحاج", "Ait El Haj"),
    ("الرامي", "Rami"),
    ("مكوار", "Mekouar"),
    ("الشاوي", "Chaoui"),
    ("بنسودة", "Bensouda"),
    ("القادري", "Kadiri"),
    ("الناصري", "Naciri"),
    ("حجي", "Hajji"),
]
COMPANIES = [
    ("مقهى النجمة", "Café L'Étoile"),
    ("مخبزة الأمل", "Boulangerie El Amel"),
    ("صيدلية الشفاء", "Pharmacie Echifa"),
    ("مطعم الواحة", "Restaurant L'Oasis"),
    ("ورشة النجارة", "Menuiserie Moderne"),
    ("حمام السلام", "Hammam Essalam"),
]
ADMINISTRATIONS = [
    ("مدرسة ابتدائية", "École primaire"),
    ("مقر البلدية", "Siège de l'APC"),
    ("مستوصف", "Polyclinique"),
    ("مكتب البريد", "Bureau de poste"),
]


@dataclass(frozen=True, slots=True)
class Profile:
    """A demo country profile.

    Fields: code (dz/ma), company_name, agency_code, agency_name, currency, locale, places
    (Latin city, district, streets), family names, account prefix, phone formats, services
    (service, tariff code, billing period, meter prefix), allow_credit, max payment (minor).
    """

    code: str
    company_name: str
    agency_code: str
    agency_name: str
    currency: str
    locale: str
    district: str
    cities: tuple[str, ...]
    streets: tuple[str, ...]
    families: tuple[tuple[str, str], ...]
    account_prefix: str
    mobile_prefixes: tuple[str, ...]
    landline_prefix: str
    email_domains: tuple[str, ...]
    services: tuple[tuple[str, str, str, str, float], ...]
    allow_credit: bool
    max_payment_minor: int


DZ = Profile(
    code="dz",
    company_name="Sonelgaz Distribution",
    agency_code="2401",
    agency_name="Agence commerciale de Guelma",
    currency="DZD",
    locale="ar_DZ",
    district="Wilaya de Guelma",
    cities=(
        "Guelma",
        "Héliopolis",
        "Oued Zenati",
        "Bouchegouf",
        "Hammam Debagh",
        "Hammam N'Bails",
        "Belkheir",
        "Boumahra Ahmed",
        "Aïn Makhlouf",
        "Guelaat Bou Sbaa",
        "Khezaras",
        "Nechmaya",
        "Aïn Ben Beida",
        "Bendjerrah",
    ),
    streets=(
        "Rue du 1er Novembre",
        "Cité 500 Logements",
        "Cité des Frères Rahabi",
        "Avenue Souidani Boudjemaa",
        "Rue Larbi Ben M'hidi",
        "Cité Émir Abdelkader",
        "Lotissement 20 Août",
        "Rue Mohamed Khemisti",
        "Cité Champ de Manœuvre",
        "Boulevard de l'ALN",
        "Cité 19 Mai 1956",
        "Rue Hamouda Boudjemaa",
    ),
    families=tuple(FAMILY_DZ),
    account_prefix="24",
    mobile_prefixes=("05", "06", "07"),
    landline_prefix="037",
    email_domains=("gmail.com", "yahoo.fr", "hotmail.com", "outlook.fr"),
    services=(
        ("electricity", "sonelgaz-2016-residential-electricity", "quarterly", "EL", 1.0),
        ("gas", "sonelgaz-2016-residential-gas", "quarterly", "GZ", 0.6),
    ),
    allow_credit=True,
    max_payment_minor=100_000_000,
)

MA = Profile(
    code="ma",
    company_name="Lydec",
    agency_code="CA12",
    agency_name="Agence Maârif",
    currency="MAD",
    locale="ar_MA",
    district="Casablanca",
    cities=(
        "Maârif",
        "Anfa",
        "Aïn Chock",
        "Hay Hassani",
        "Sidi Bernoussi",
        "Ben M'Sick",
        "Aïn Sebaâ",
        "Hay Mohammadi",
        "Sidi Moumen",
        "Al Fida",
        "Mers Sultan",
        "Sidi Belyout",
    ),
    streets=(
        "Boulevard Zerktouni",
        "Rue Ibnou Mounir",
        "Boulevard Ghandi",
        "Rue Abou Bakr Essedik",
        "Derb Sultan",
        "Boulevard Al Qods",
        "Rue Soumaya",
        "Boulevard Bir Anzarane",
        "Rue Jean Jaurès",
        "Boulevard Mohammed VI",
        "Rue Oued Sebou",
        "Avenue Hassan II",
    ),
    families=tuple(FAMILY_MA),
    account_prefix="7",
    mobile_prefixes=("06", "07"),
    landline_prefix="0522",
    email_domains=("gmail.com", "menara.ma", "hotmail.fr", "yahoo.fr"),
    services=(
        ("electricity", "lydec-2017-residential-electricity", "monthly", "EL", 1.0),
        ("water", "lydec-residential-water", "monthly", "EA", 1.0),
    ),
    allow_credit=False,
    max_payment_minor=10_000_000,
)

PROFILES = {"dz": DZ, "ma": MA}

DEMO_USERS = (
    ("amina", "clerk", "Amina Boudiaf — أمينة بوضياف", "ar"),
    ("karim", "manager", "Karim Haddad — كريم حداد", "fr"),
    ("admin", "admin", "Administrateur — المدير", "fr"),
)
DEMO_PASSWORD = "demo"
