"""Tagalog words of owners in the Philippines, read as English."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "alok": "offer", "alukin": "offer", "ayos": "fix", "baboy": "pork", "bagong": "new",
    "bayad": "payment", "bayan": "town", "benta": "sales", "bibili": "buy", "bili": "buy",
    "binabaan": "lowered", "binawasan": "discounted", "binayaran": "paid", "binentahan": "sold to",
    "binigay": "gave", "binigyan": "gave", "binyag": "christening", "bisita": "visit",
    "brgy": "neighbourhood", "bukas": "tomorrow", "bumibili": "buy", "bumili": "bought",
    "chinat": "messaged", "chineck": "checked", "dagdag": "add", "dating": "former",
    "dinikit": "put up", "dumadaan": "passing by", "galon": "gallon", "ginawa": "made",
    "gulay": "vegetables", "gulong": "tire", "gumawa": "made", "gupit": "haircut", "harap": "front",
    "harina": "flour", "hatid": "deliver", "hinati": "split", "hinatid": "drove",
    "hiningan": "asked", "hinire": "hired", "hugas": "wash", "hulog": "instalment",
    "ibang": "other", "idadagdag": "add", "inalok": "offered", "inayos": "fixed",
    "inilista": "listed", "ininvite": "invited", "irekomenda": "recommend", "isama": "include",
    "kapitbahay": "neighbour", "karatula": "sign", "kasal": "wedding", "kay": "to",
    "kinausap": "talked to", "kinuha": "took", "kinumusta": "checked in on", "kontrata": "contract",
    "kuryente": "electricity", "lahat": "everyone", "lamay": "wake", "libreng": "free",
    "linis": "clean", "listahan": "list", "luto": "cook", "magdadagdag": "will add",
    "magkano": "price", "magtinda": "sell", "manok": "chicken", "mantika": "cooking oil",
    "mekaniko": "mechanic", "munisipyo": "town hall", "mura": "cheap", "nagbayad": "paid",
    "naggupit": "cut hair", "nagkasundo": "agreed", "naglagay": "put up", "naglista": "listed",
    "nagluto": "cooked", "nagpagawa": "had made", "nagpamigay": "gave away", "nagpaskil": "put up",
    "nagpasurvey": "surveyed", "nagpatikim": "gave tastings", "nagpost": "posted",
    "nagtanong": "asked", "nagturo": "taught", "nagustuhan": "liked", "namalengke": "market run",
    "naningil": "collected payment", "napagdesisyunan": "decided", "nilinis": "cleaned",
    "nya": "her", "palengke": "market", "palit": "replace", "pangalan": "name", "paninda": "goods",
    "pautang": "credit", "pinaayos": "had repaired", "pinakiusapan": "asked",
    "pinalitan": "replaced", "pinamigay": "gave away", "pinaskil": "put up",
    "pinatikim": "let taste", "pinirmahan": "signed", "pinuntahan": "visited", "pirma": "signed",
    "pirmado": "signed", "presyo": "price", "pumayag": "agreed", "pumirma": "signed",
    "pumunta": "went", "reklamo": "complaint", "resibo": "receipt", "sagot": "reply",
    "sahod": "wages", "sako": "sack", "silip": "look", "sinabit": "hung", "sinagot": "answered",
    "singil": "bill", "siningil": "collected payment", "sinulat": "wrote", "sinweldo": "paid wages",
    "sira": "broken", "sirang": "broken", "suki": "regular customer", "sweldo": "salary",
    "sya": "she", "tanong": "ask", "tawad": "haggle", "tawag": "call", "tawagan": "call",
    "tikim": "tasting", "tinanong": "asked", "tinapay": "bread", "tinawagan": "called",
    "tindahan": "store", "tinext": "texted", "tubero": "plumber", "tumawag": "called",
    "uling": "charcoal", "uminit": "heat up", "upa": "rent", "upuan": "chair", "usap": "talk",
    "utang": "debt"
}

# English words that mean this in a line written in this language (see `app.engine.language`).
FALSE_FRIENDS: dict[str, str] = {"ate": "ms", "tarp": "banner"}
