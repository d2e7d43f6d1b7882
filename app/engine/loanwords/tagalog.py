"""Tagalog words of owners in the Philippines, read as English."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "alok": "offer", "ayos": "fix", "baboy": "pork", "bagong": "new", "bayad": "payment",
    "benta": "sales", "bibili": "buy", "bili": "buy", "binawasan": "discounted", "binigay": "gave",
    "binyag": "christening", "bisita": "visit", "brgy": "neighbourhood", "bukas": "tomorrow",
    "bumibili": "buy", "bumili": "bought", "dagdag": "add", "dating": "former", "dinikit": "put up",
    "gulay": "vegetables", "gulong": "tire", "harap": "front", "harina": "flour",
    "hatid": "deliver", "hugas": "wash", "ibang": "other", "inalok": "offered",
    "kapitbahay": "neighbour", "karatula": "sign", "kasal": "wedding", "kay": "to",
    "kinuha": "took", "kuryente": "electricity", "lamay": "wake", "libreng": "free",
    "linis": "clean", "luto": "cook", "magkano": "price", "magtinda": "sell", "manok": "chicken",
    "mura": "cheap", "nagtanong": "asked", "nya": "her", "palengke": "market", "palit": "replace",
    "pautang": "credit", "pirma": "signed", "presyo": "price", "pumayag": "agreed",
    "reklamo": "complaint", "resibo": "receipt", "sagot": "reply", "sahod": "wages", "sako": "sack",
    "silip": "look", "singil": "bill", "sira": "broken", "suki": "regular customer", "sya": "she",
    "tanong": "ask", "tawad": "haggle", "tawag": "call", "tikim": "tasting", "tinapay": "bread",
    "tinawagan": "called", "tindahan": "store", "tubero": "plumber", "tumawag": "called",
    "uling": "charcoal", "usap": "talk", "utang": "debt",
}

# English words that mean this in a line written in this language (see `app.engine.language`).
FALSE_FRIENDS: dict[str, str] = {"ate": "ms", "tarp": "banner"}
