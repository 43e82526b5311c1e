"""A shop's, a booking's or a crowdfunding page's widgets inside the article's column: its price
and instalment offers, its basket, stock and delivery lines, its star ratings and review counts,
a course's lesson counts, a pledge counter, "few tickets left" (issue 13, session 21).

LABELS.md calls them debris ("price, rating and stock widgets"): the page in the other
language renders its own from the same database. They sit between the title and the
description, where no region rule looks, and read as short lines like a heading or a fact.
What gives them away on any site and in any language is their shape (an amount in a currency
with little else on its line) and a vocabulary of selling that an article about its subject
rarely uses on a short line: here in French, English, Spanish, German, Italian, Portuguese
and Polish. Two columns for the fitted model (`COMMERCE_FEATURES`) and two shapes that
`debris` forces: a price alone outside a table (`is_price_alone`: "44,90 zł", "149,00 € TTC")
and a quotation signed by a name alone (`is_testimonial`). A price line with more on it is
left to the model: an event's ("Entradas desde 22 € · 26 € en taquilla") is the article's
fact, a shop's "$999 at Amazon" its widget, and only the model, with the line's neighbours,
tells them apart. Pure: numbers from the lines' texts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

COMMERCE_FEATURES: tuple[str, ...] = ("price_line", "selling_words")

# An amount in a currency, by its sign before or after ("£34.99", "149,00 €", "44,90 zł",
# "386 400 €", "CHF 12.50", "$1,049").
_AMOUNT = r"\d{1,3}(?:[ .,\u00a0\u202f]\d{3})*(?:[.,]\d{1,2})?"
_AFTER = r"€|£|\$|¥|₹|₺|zł|kč|kr|lei|chf|eur|usd|gbp|pln|sek|nok|dkk|czk|huf|ron"
PRICE = re.compile(
    r"(?:(?<![\w$€£])(?:[€£$¥₹₺]|chf|eur|usd|gbp|pln)\s?" + _AMOUNT + r"(?!\d)"
    r"|(?<![\d.,])" + _AMOUNT + r"\s?(?:" + _AFTER + r")(?!\w))",
    re.IGNORECASE,
)
# Words that may stand beside a price on its line and leave it a price alone: tax, a unit, a
# "from", a former price ("149,00 € TTC", "£38.00 GBP", "Desde 96 € / noche", "Price: $299").
_UNITS = (
    r"each|pièce|unidad|stück|night|nuit|noche|nacht|notte|noite|noc|month|mois|mes|monat|mese"
    r"|mês|miesiąc|year|an|año|jahr|anno|ano|rok|week|semaine|semana|woche|settimana|person"
    r"|personne|persona|pessoa|osoba|pp"
)
_PRICE_WORDS = re.compile(
    r"(?i)\b(?:ttc|ht|tva|vat|iva|mwst|inkl|incl|inclu\w*|excl\w*|tax\w*|tasse|brutto|netto"
    r"|net|brut|from|desde|dès|à partir de|ab|da|a partir de|od|price|prix|precio|preis|prezzo"
    r"|preço|cena|now|was|maintenant|antes|ahora|statt|per|par|por|pro|al|la|a|le|de|"
    + _UNITS
    + r"|honoraires|inclus|compris|à|eur|gbp|usd|chf|pln)\b"
)
# A unit counted before its price is what the price buys, a price list's row ("1 semana: 240 €",
# "1 nuit : 89 €"), as its plural is ("2 semanas: 460 €"): not a per-unit price's word.
_COUNTED_UNIT = re.compile(r"(?<![\d.,])\d+\s?(?:" + _UNITS + r")\b", re.IGNORECASE)
# When a line opens on its price, what follows may name a shop or a unit in this many words
# ("$999 at Amazon", "14,90 € soit 29,80 € / kg"); a label before it is a fact's ("Salary:
# £26,400 a year").
PRICE_FIRST_OTHER_WORDS = 2
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

# The vocabulary of selling, by what it is about; fr, en, es, de, it, pt, pl.
_SELLING = {
    "basket": r"add to (?:basket|cart|bag)|ajouter au panier|añadir al (?:carrito|cesta)"
    r"|añadir a la cesta|in den warenkorb|aggiungi al carrello|adicionar ao carrinho"
    r"|dodaj do koszyka|buy now|acheter maintenant|comprar ya|jetzt kaufen|acquista ora"
    r"|kup teraz|book now|réserver maintenant|reservar ahora|jetzt buchen|prenota ora"
    r"|click (?:&|and) collect|retrait (?:en magasin|gratuit)|recogida en tienda",
    "instalments": r"(?:paiement|payez|réglez) en \d+ fois|en \d+ fois sans frais"
    r"|pay in \d+ (?:instal?ments|installments|payments)|interest[- ]free"
    r"|(?:paga|pago) en \d+ (?:plazos|cuotas|meses)|sin intereses|in \d+ raten|ratenzahlung"
    r"|(?:paga|pagamento) in \d+ rate|senza interessi|em \d+x sem juros|raty 0\s?%"
    r"|\d+ rat(?:y|ach)? (?:0|bez)",
    "delivery": r"(?:expédié|expédiée|livré|livrée|envoyé) (?:sous|en|dans les) \d+"
    r"|(?:ships|dispatched|delivered) (?:in|within) \d+(?:\s?-\s?\d+)? (?:working |business )?"
    r"(?:days?|hours?|h)|next[- ]day delivery"
    r"|(?:envío|entrega|enviado) en \d+|lieferung in \d+|versandfertig in|lieferzeit"
    r"|(?:spedizione|consegna|spedito) in \d+|(?:envio|entrega) em \d+|wysyłka w \d+"
    r"|dostawa w \d+|czas dostawy|délai de livraison|plazo de entrega|tempi di consegna",
    "stock": r"only \d+ left|\d+ left in stock|plus que \d+|il (?:ne )?reste \d+"
    r"|quedan? (?:pocas|pocos|solo|sólo|\d+)|últimas (?:unidades|entradas|plazas)"
    r"|(?:few|last) (?:tickets|places|seats|rooms) left|selling fast|sold out|épuisé"
    r"|dernières? (?:places|billets|pièces)|nur noch \d+|ausverkauft|esaurit[oi]"
    r"|ultimi (?:biglietti|posti)|últimos (?:bilhetes|lugares)|ostatnie (?:bilety|miejsca)"
    r"|\d+\s?% (?:sold|vendu|vendid[oa]s|verkauft|vendut[oi])",
    "fees": r"gastos de (?:gestión|envío)|frais de (?:réservation|gestion|port|dossier)"
    r"|(?:booking|service|handling) fees?|vorverkaufsgebühr|versandkosten|spese di spedizione"
    r"|hors honoraires|honoraires inclus|frais d['’]agence|money[- ]back|satisfait ou remboursé"
    r"|garantía de devolución|geld[- ]zurück|soddisfatti o rimborsati",
    "pledges": r"pledged|backers?|days? to go|back this project|collectés|contributeurs"
    r"|jours restants|recaudados|mecenas|días restantes|unterstützer|tage übrig|sostenitori"
    r"|giorni rimanenti|apoiadores|dias restantes|wspierających|dni do końca",
    "reviews": r"\(\d[\d\s.,]*\s?(?:avis|reviews?|ratings?|opiniones|reseñas|valoraciones"
    r"|bewertungen|recensioni|avaliações|opinii|ocen)\)|\d[\d.,]*\s(?:avis|reviews|ratings"
    r"|opiniones|reseñas|valoraciones|bewertungen|recensioni|avaliações|opinii|ocen)"
    r"|\d[.,]\d\s?/\s?5\b|[★☆]",
    # A listing's or a product's reference: "Réf. : GUE-1187", "SKU: OC-5", "Art.-Nr. 4471".
    "reference": r"r[ée]f(?:[ée]rence)?\.?\s?:|ref\.?\s?:|sku|art\.?-nr\.?|item (?:no|number)"
    r"|product code|código(?: de producto)?\s?:|cod(?:ice)?\.? articolo|ean\s?:",
    "lessons": r"\d+ (?:lectures|lessons|leçons|lecciones|clases|lektionen|lezioni|aulas|lekcj\w*)",
}
SELLING = {
    kind: re.compile(r"(?<!\w)(?:" + words + r")(?!\w)", re.IGNORECASE)
    for kind, words in _SELLING.items()
}


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_price_alone(text: str) -> bool:
    """A line that is a price and nothing else but its tax, unit or "from": "44,90 zł",
    "149,00 € TTC", "Desde 96 € / noche", "£38.00 GBP". A shop's price widget, debris whatever
    the model says outside a data table (no content line of the labelled pages is one); not
    "Salary: £38,000 a year", "£6, members £4" nor a sentence with a sum."""
    return _other_words(text) == 0


def is_price_line(text: str) -> bool:
    """`is_price_alone`, or a line that opens on its price and names a shop or a unit after it
    ("$999 at Amazon", "14,90 € soit 29,80 € / kg"): the model's column. A label before the
    price makes it a fact's ("Salary: £26,400 a year")."""
    words_after = _other_words(text)
    if words_after is None:
        return False
    return words_after == 0 or (
        words_after <= PRICE_FIRST_OTHER_WORDS and PRICE.match(text.strip()) is not None
    )


def _other_words(text: str) -> int | None:
    """How many words ``text`` has besides its prices and the words a price takes
    (`_PRICE_WORDS`); None when it holds no price or ends a sentence."""
    if not PRICE.search(text) or text.rstrip().endswith("."):
        return None
    rest = PRICE.sub(" ", text)
    return len(words(_PRICE_WORDS.sub(" ", rest))) + len(_COUNTED_UNIT.findall(rest))


def selling_kinds(text: str) -> int:
    """How many kinds of the vocabulary of selling ``text`` uses."""
    return sum(1 for pattern in SELLING.values() if pattern.search(text))


# Past this many words a line is a sentence, which may speak of selling ("the Harvest Supper
# sold out for the first time"); the column says nothing of it.
SELLING_MAX_WORDS = 20


def commerce_features(texts: Sequence[str], cells: Sequence[bool]) -> list[list[float]]:
    """One row per line, in the order of `COMMERCE_FEATURES`. A data table's cell is left at
    0: a council's fees table ("£52", "3,50 €") is the article's, and `debris_boxes` decides
    its cells."""
    return [
        [
            float(not cell and is_price_line(text)),
            float(len(words(text)) <= SELLING_MAX_WORDS and min(2, selling_kinds(text))),
        ]
        for text, cell in zip(texts, cells, strict=True)
    ]


# «Quote.» – Name, place: a customer's word and who said it, and nothing of the article's
# voice ("– said Marek Lis of the roads board." has its verb, in lower case, and its period).
_TESTIMONIAL = re.compile(
    r"^\s*(?:[★☆]+\s*)?[«\"“„]\s*[^«»\"“”„]{10,}?[.!?…]?\s*[»\"”“]\s*[–—-]\s*"
    r"(?P<who>[A-ZÀ-ÞĀ-Ž][^.!?«»\"“”„:;]{0,60}?)(?:\s[A-ZÀ-Þ]\.)?\s*$"
)
# Most words in who said it: a name, a place, a month ("Famille Van Dijk, août 2026").
TESTIMONIAL_WHO_WORDS = 6


def is_testimonial(text: str) -> bool:
    """A customer's or a guest's quoted word signed by a name alone: "«Habitación limpia.» –
    Ingrid, Noruega", '"Finally I can tell an ash from an oak." – Karen W.'. A shop's, a
    hotel's or a course's widget (LABELS.md: reviews); an article's quotation has its verb."""
    match = _TESTIMONIAL.match(text)
    return match is not None and len(words(match["who"])) <= TESTIMONIAL_WHO_WORDS
