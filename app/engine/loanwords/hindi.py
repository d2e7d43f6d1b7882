"""Hindi words of owners in India, written in Latin letters (Hinglish), read as English."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "akhbar": "newspaper", "badla": "changed", "bahar": "outside", "banaya": "made",
    "banaye": "made", "banayi": "made", "bech": "sold", "bheja": "sent", "bheji": "sent",
    "bola": "said", "boli": "said", "chakhaya": "let taste", "chara": "fodder", "chhape": "printed",
    "chhutti": "leave", "dawai": "medicine", "dekhe": "checked", "dekhi": "checked",
    "dikhaya": "showed", "dikhaye": "showed", "dikhayi": "showed", "doodh": "milk",
    "dukaan": "shop", "dukan": "shop", "dulhan": "bride", "dulhe": "groom", "grahak": "customer",
    "haan": "yes", "hisaab": "accounts", "hisab": "accounts", "kam": "off", "kapda": "cloth",
    "karigar": "craftsman", "kharida": "bought", "kharide": "bought", "lagaya": "put up",
    "lagwaya": "put up", "lagwaye": "put up", "maan": "agreed", "maanga": "asked for",
    "malik": "owner", "mangwaya": "ordered in", "mangwaye": "ordered in", "mila": "met",
    "milwaya": "introduced", "mithai": "sweets", "naap": "measurements", "naya": "new",
    "naye": "new", "nayi": "new", "pakka": "confirmed", "poochi": "asked", "pucha": "asked",
    "purani": "former", "rasoi": "kitchen", "sabke": "everyone", "safai": "cleaning",
    "sagai": "engagement", "sasta": "cheap", "shaadi": "wedding", "shuru": "started",
    "sikhaya": "taught", "silai": "stitching", "sona": "gold", "theek": "repair", "toota": "broke",
    "udhaar": "credit", "yaad": "remind"
}
