"""Arabic and Latin name words turned into one sound skeleton, so each script finds the other.

Why a skeleton and not a readable transliteration: a name is written in Arabic with its
consonants and long vowels, and in Latin (French-style, as on Maghreb bills) with whatever
vowels the clerk heard: Mohamed, Muhammad and Mehamed are محمد. Keeping only the consonants,
mapped to classes that both scripts can produce (ق ك خ غ / k q g kh gh → ``k``, ش / ch sh →
``x``, ج / j dj → ``j``, ص س / s c ç → ``s``, ط ت ث / t th → ``t``, ض ظ ذ د / d dh → ``d``),
gives the same skeleton for each spelling. Rules that make the two sides agree:

- A word-initial vowel (ا أ ع, a e i o u) is kept as one ``a``, so Ahmed (``ahmd``) is not
  Hammadi (``hmd``); other vowels, ع and ء inside a word are dropped.
- و and ي (ou, w, u, y in Latin) are ``w``/``y`` only at the start of a word before a vowel
  (Ouazzani, Youcef); a word ending in ``-وي`` / ``-oui``, ``-aoui``, ``-wi`` keeps a ``w``
  (Alaoui, Chaoui); elsewhere they are vowels.
- A final ه (a folded ta marbuta) and a final Latin ``h`` after a vowel are dropped (Sarah,
  فاطمة).
- Doubled consonants collapse (Haddad = Hadad); ``th``/``dh``/``kh`` are ``t``/``d``/``k``.

The output is lower-case ASCII, so the FTS5 tokenizer keeps it as one token.
"""

from __future__ import annotations

import re

from desktop.text import fold

VOWEL_MARK = "a"

# Arabic letter → class; "" = a vowel or a letter clerks do not write in Latin (ع ء).
_ARABIC = {
    "ا": "",
    "ء": "",
    "ع": "",
    "ب": "b",
    "ت": "t",
    "ث": "t",
    "ج": "j",
    "ح": "h",
    "خ": "k",
    "د": "d",
    "ذ": "d",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "x",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "d",
    "غ": "k",
    "ف": "f",
    "ق": "k",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "و": "",
    "ي": "",
}
_ARABIC_VOWELS = frozenset("اءعوي")

_LATIN_DIGRAPHS = (
    ("x", "ks"),  # before "ch" becomes "x"
    ("tch", "x"),
    ("sch", "x"),
    ("ch", "x"),
    ("sh", "x"),
    ("dj", "j"),
    ("kh", "k"),
    ("gh", "k"),
    ("gu", "k"),
    ("qu", "k"),
    ("ck", "k"),
    ("ph", "f"),
    ("th", "t"),
    ("dh", "d"),
    ("ou", "u"),
    ("w", "u"),
)
_SOFT_C = re.compile(r"c(?=[eiy])")
_SOFT_G = re.compile(r"g(?=[eiy])")
_LATIN_CLASS = str.maketrans({"c": "k", "g": "k", "q": "k", "p": "b", "v": "f"})
_LATIN_VOWELS = frozenset("aeiouy")


def is_arabic(word: str) -> bool:
    """True when the word holds an Arabic letter (it is keyed with the Arabic table)."""
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _collapse(chars: list[str]) -> str:
    out: list[str] = []
    for ch in chars:
        if ch and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


def arabic_skeleton(word: str) -> str:
    """The sound skeleton of a folded Arabic word (see the module docstring)."""
    letters = [ch for ch in word if ch in _ARABIC]
    if not letters:
        return ""
    if letters[-1] == "ه" and len(letters) > 2:
        letters = letters[:-1]  # ta marbuta, folded to ه
    out: list[str] = []
    ending_w = len(letters) > 2 and letters[-2:] == ["و", "ي"]
    if ending_w:
        letters = letters[:-2]
    for i, ch in enumerate(letters):
        if i == 0 and ch in _ARABIC_VOWELS:
            if ch == "و" and len(letters) > 1:
                out.append("w")
            elif ch == "ي" and len(letters) > 1:
                out.append("y")
            else:
                out.append(VOWEL_MARK)
            continue
        out.append(_ARABIC[ch])
    if ending_w:
        out.append("w")
    return _collapse(out)


def latin_skeleton(word: str) -> str:
    """The sound skeleton of a Latin word, as Maghreb names are spelt in French style."""
    w = "".join(ch for ch in fold(word) if "a" <= ch <= "z")
    if not w:
        return ""
    # A word-initial "ou"/"w"/"y" before a vowel is a consonant (Ouazzani, Wafa, Youcef).
    start = ""
    for head, sound in (("ou", "w"), ("w", "w"), ("y", "y")):
        if w.startswith(head) and len(w) > len(head) and w[len(head)] in _LATIN_VOWELS:
            start, w = sound, w[len(head) :]
            break
    ending_w = False
    for tail in ("aoui", "oui", "awi", "wi"):
        if w.endswith(tail) and len(w) > len(tail):
            ending_w, w = True, w[: -len(tail)]
            break
    w = _SOFT_G.sub("j", _SOFT_C.sub("s", w))
    for old, new in _LATIN_DIGRAPHS:
        w = w.replace(old, new)
    w = w.translate(_LATIN_CLASS)
    if len(w) > 2 and w.endswith("h") and w[-2] in _LATIN_VOWELS:
        w = w[:-1]  # Sarah, Fatimah
    out: list[str] = [start] if start else []
    for i, ch in enumerate(w):
        if ch in _LATIN_VOWELS:
            if i == 0 and not start:
                out.append(VOWEL_MARK)
            continue
        out.append(ch)
    skeleton = _collapse(out)
    if ending_w:
        skeleton = _collapse([*skeleton, "w"])
    return skeleton


_ASPIRATED = re.compile(r"([tdk])h")


def skeleton(word: str) -> str:
    """The sound skeleton of a folded word in either script.

    ``th``, ``dh`` and ``kh`` become ``t``, ``d``, ``k`` on both sides alike: Latin writes
    ث as "th" (Athmane) and تح as "th" too (Fethi), and a particle joined to a word can
    make the pair (Ait + Haj)."""
    raw = arabic_skeleton(word) if is_arabic(word) else latin_skeleton(word)
    return _ASPIRATED.sub(r"\1", raw)


_VOWEL_CLASS = str.maketrans({"e": "a", "y": "i", "o": "u"})


def spelling_key(word: str) -> str:
    """A finer key than the skeleton, to order variant matches: the same spelling rules but
    vowels kept as three classes (a/e, i/y, o/u), so Amina and Imane, or Salim and Salma,
    share a skeleton but not this key, while Haddad and Hadad still share it. Arabic words
    are their own key (without the article)."""
    if is_arabic(word):
        return word[2:] if word.startswith("ال") and len(word) > 3 else word
    w = "".join(ch for ch in fold(word) if "a" <= ch <= "z")
    w = _SOFT_G.sub("j", _SOFT_C.sub("s", w))
    for old, new in _LATIN_DIGRAPHS:
        w = w.replace(old, new)
    w = w.translate(_LATIN_CLASS).translate(_VOWEL_CLASS)
    if len(w) > 3 and w.endswith("a") and word.lower().endswith("e"):
        w = w[:-1]  # a silent final e (Salime = Salim)
    return _collapse(list(w))


_ARABIC_LONG = {"ا": "a", "ى": "a", "و": "u", "ي": "i", "ع": "", "ء": ""}


def arabic_spelling(word: str) -> str:
    """An Arabic word written with ``spelling_key``'s letters: consonant classes and the
    long vowels Arabic writes (ا ى → a, و → u, ي → i but not at the end, where it may be a
    folded ى; a final ه → a). Short vowels are not
    written, so it is compared with a Latin key as a subsequence (``spelt_alike``)."""
    w = word[2:] if word.startswith("ال") and len(word) > 3 else word
    letters = [ch for ch in w if ch in _ARABIC or ch == "ى"]
    out = []
    for i, ch in enumerate(letters):
        if i == len(letters) - 1 and ch == "ه" and i > 1:
            out.append("a")
        elif i == 0 and ch == "ا":
            continue  # an initial vowel: Latin spells it anyhow (Imane, Amina)
        elif ch in _ARABIC_LONG:
            out.append(_ARABIC_LONG[ch])
        else:
            out.append(_ARABIC[ch])
    if len(out) > 2 and out[-1] == "i":
        out.pop()  # ى is folded to ي: a final ي may be Salma's "a" as well as Ali's "i"
    return _collapse(out)


def spelt_alike(arabic: str, latin_key: str) -> bool:
    """True when an Arabic word's letters (``arabic_spelling``) appear in that order in a
    Latin word's ``spelling_key``: سليم (slim) in "salim", not in "salma"."""
    it = iter(latin_key)
    return all(ch in it for ch in arabic)
