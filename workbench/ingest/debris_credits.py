"""A photo's credit alone on its line, from its shape: an agency's name, or a photographer's
and an agency's ("Getty Images", "AFP", "Danny Lawson/PA", "– Name/PA", "Reuters/Name",
"EPA-EFE/Name", "Getty Images for UEFA"), in any language.

Wire and picture agencies are a closed, well-known list; a name a credit joins to one is
a person's or an outlet's (capitalised words). A caption's credit after its last sentence
("… dimanche. - Danny Lawson/PA") is the same credit behind a dash (`debris_lines._credited`).
No labelled page (`bench/data/pages`) has a body, heading or caption line of this shape
(`tests/test_debris_credits.py`). Issue 13, newcomer21's M5.
"""

from __future__ import annotations

import re

# Wire agencies (world, European, American, Asian) and picture agencies and libraries. A name
# of two or three capitals is matched as written ("PA", "AP", "TT"); the others in any case.
_AGENCY_NAMES = (
    "agence france-presse", "agence france presse", "associated press", "thomson reuters",
    "reuters", "agencia efe", "efe", "europa press", "deutsche presse-agentur", "dpa",
    "dpa-zentralbild", "ansa", "lapresse", "pa media", "pa wire", "pa images", "pa archive",
    "press association", "epa", "epa-efe", "xinhua", "kyodo", "yonhap", "tass", "ria novosti",
    "sputnik", "anadolu", "anadolu agency", "belga", "anp", "keystone", "keystone-sda",
    "keystone-ats", "lusa", "agência brasil", "ntb", "ntb scanpix", "ritzau", "ritzau scanpix",
    "scanpix", "lehtikuva", "pap", "ctk", "čtk", "mti", "hina", "tanjug", "agerpres", "kcna",
    "bloomberg", "upi", "aap", "canadian press", "the canadian press", "notimex", "télam",
    "telam", "colprensa", "ana-mpa", "getty", "getty images", "getty images europe",
    "getty images north america", "afp photo", "ap photo", "reuters photo", "shutterstock",
    "rex", "rex features", "rex/shutterstock", "alamy", "alamy stock photo", "alamy live news",
    "istock", "istockphoto", "adobe stock", "corbis", "magnum photos", "sipa", "sipa press",
    "sipa usa", "abaca", "abacapress", "maxppp", "hans lucas", "gamma-rapho", "hemis",
    "photononstop", "leemage", "bridgeman images", "imago", "imago images", "picture alliance",
    "picture-alliance", "ullstein bild", "nurphoto", "sopa images", "lightrocket",
    "zuma press", "zuma wire", "unsplash", "pexels", "pixabay", "wikimedia commons",
    "camera press", "panos pictures", "agence vu", "biosphoto", "andia", "divergence",
    "contrasto", "cordon press", "agencia estado", "folhapress", "dreamstime", "123rf",
    "depositphotos", "westend61", "mauritius images", "sportsfile", "action images",
    "icon sport", "presse sports", "dppi", "bestimage", "starface", "aurimages",
)  # fmt: skip
_SHOUTED = ("AFP", "AP", "PA", "TT", "AA", "EFE", "EPA", "APA", "SDA", "ATS", "DPA", "STT")
_AGENCY = re.compile(
    r"(?:(?i:"
    + "|".join(re.escape(n) for n in sorted(_AGENCY_NAMES, key=len, reverse=True))
    + r")|"
    + "|".join(_SHOUTED)
    + r")(?![\w-])"
)
# A person's or an outlet's name in a credit: capitalised words, a particle between them.
_NAME = (
    r"[A-ZÀ-ÖØ-ÞČĆŠŽĐŁŚŹŻ][\w'’.-]*(?:\s+(?:(?:de|del|della|di|da|do|dos|du|des|la|le|van"
    r"|von|der|den|ter|y|e|af|al|bin|ben)\s+)?[A-ZÀ-ÖØ-ÞČĆŠŽĐŁŚŹŻ][\w'’.-]*){0,3}"
)
_ITEM = r"(?:" + _AGENCY.pattern + r"|" + _NAME + r")"
# What joins a credit's items: "Name/AFP", "Name / EFE", "Reuters via Name", "Getty Images
# for UEFA", "Name pour Le Monde", "EPA, Name".
_JOIN = r"(?:\s*/\s*|\s+(?:via|for|pour|para|für|per|por)\s+|\s*,\s*|\s+[-–—]\s+)"
_CREDIT_SHAPE = re.compile(r"\(?" + _ITEM + r"(?:" + _JOIN + _ITEM + r"){0,3}\)?")
# What may open a credit line: a dash, a copyright sign.
_OPENING = re.compile(r"^\s*(?:[-–—]\s*)?(?:(?:©|\(c\))\s*)?")
CREDIT_MAX_WORDS = 10


def names_an_agency(credit: str) -> bool:
    """Whether ``credit`` (a line, or the words after a caption's dash) is a photo's credit
    that names a wire or picture agency, and nothing but names: "Getty Images", "AFP",
    "© Reuters", "– Danny Lawson/PA", "EPA-EFE/Manuel Bruque", "(Reuters)", "Getty Images
    for UEFA". A name alone ("Danny Lawson") or a phrase ("The Associated Press said") is
    none; a credit under its label ("Foto: X / EFE") is `debris_lines.is_credit_alone`'s."""
    text = _OPENING.sub("", credit).strip().rstrip(".")
    if not text or len(text.split()) > CREDIT_MAX_WORDS:
        return False
    if _CREDIT_SHAPE.fullmatch(text) is None:
        return False
    # Names and agencies between the joins, one of them an agency's name whole.
    items = [item for item in re.split(_JOIN, text.strip("()")) if item]
    return any(_AGENCY.fullmatch(item) for item in items)
