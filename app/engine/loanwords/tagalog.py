"""Tagalog words of owners in the Philippines, read as English."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "alok": "offer", "alukin": "offer", "ayos": "fix", "baboy": "pork", "bagong": "new",
    "bayad": "payment", "bayan": "town", "benta": "sales", "bibili": "buy", "bili": "buy",
    "binawasan": "discounted", "binigay": "gave", "binigyan": "gave", "binyag": "christening",
    "bisita": "visit", "brgy": "neighbourhood", "bukas": "tomorrow", "bumibili": "buy",
    "bumili": "bought", "chineck": "checked", "dagdag": "add", "dating": "former",
    "dinikit": "put up", "dumadaan": "passing by", "ginawa": "made", "gulay": "vegetables",
    "gulong": "tire", "gumawa": "made", "harap": "front", "harina": "flour", "hatid": "deliver",
    "hinatid": "drove", "hiningan": "asked", "hugas": "wash", "hulog": "instalment",
    "ibang": "other", "idadagdag": "add", "inalok": "offered", "isama": "include",
    "kapitbahay": "neighbour", "karatula": "sign", "kasal": "wedding", "kay": "to",
    "kinausap": "talked to", "kinuha": "took", "kinumusta": "checked in on", "kontrata": "contract",
    "kuryente": "electricity", "lahat": "everyone", "lamay": "wake", "libreng": "free",
    "linis": "clean", "listahan": "list", "luto": "cook", "magdadagdag": "will add",
    "magkano": "price", "magtinda": "sell", "manok": "chicken", "mura": "cheap", "nagbayad": "paid",
    "naglista": "listed", "nagluto": "cooked", "nagpaskil": "put up", "nagpatikim": "gave tastings",
    "nagtanong": "asked", "nagturo": "taught", "nagustuhan": "liked", "namalengke": "market run",
    "naningil": "collected payment", "napagdesisyunan": "decided", "nilinis": "cleaned",
    "nya": "her", "palengke": "market", "palit": "replace", "pautang": "credit",
    "pinakiusapan": "asked", "pinaskil": "put up", "pinatikim": "let taste",
    "pinuntahan": "visited", "pirma": "signed", "presyo": "price", "pumayag": "agreed",
    "pumirma": "signed", "pumunta": "went", "reklamo": "complaint", "resibo": "receipt",
    "sagot": "reply", "sahod": "wages", "sako": "sack", "silip": "look", "sinabit": "hung",
    "sinagot": "answered", "singil": "bill", "siningil": "collected payment", "sinulat": "wrote",
    "sira": "broken", "suki": "regular customer", "sweldo": "salary", "sya": "she", "tanong": "ask",
    "tawad": "haggle", "tawag": "call", "tawagan": "call", "tikim": "tasting", "tinapay": "bread",
    "tinawagan": "called", "tindahan": "store", "tinext": "texted", "tubero": "plumber",
    "tumawag": "called", "uling": "charcoal", "upa": "rent", "usap": "talk", "utang": "debt"
}

# English words that mean this in a line written in this language (see `app.engine.language`).
FALSE_FRIENDS: dict[str, str] = {"ate": "ms", "tarp": "banner"}
