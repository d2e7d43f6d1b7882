"""Hindi words of owners in India, written in Latin letters (Hinglish), read as English."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "akhbar": "newspaper", "baante": "handed out", "badhaye": "raised", "badla": "changed",
    "bahar": "outside", "bahas": "argument", "banaya": "made", "banaye": "made", "banayi": "made",
    "banwaye": "had made", "bech": "sold", "bhaav": "price", "bhara": "paid", "bhej": "send",
    "bheja": "sent", "bheje": "sent", "bheji": "sent", "bola": "said", "boli": "said",
    "bori": "sacks", "chakhaya": "let taste", "chakhwaya": "let taste", "challan": "fine",
    "chara": "fodder", "chhape": "printed", "chhapwaye": "printed", "chhutti": "leave",
    "chipkaye": "stuck", "chutti": "leave", "daam": "prices", "dabba": "box", "darzi": "tailor",
    "dawai": "medicine", "dekhe": "checked", "dekhi": "checked", "dhaage": "thread",
    "dhabe": "eateries", "dhoondhna": "find", "dikhaya": "showed", "dikhaye": "showed",
    "dikhayi": "showed", "dilana": "remind", "doodh": "milk", "dukaan": "shop", "dukan": "shop",
    "dulhan": "bride", "dulhe": "groom", "dusra": "another", "ghar": "home", "grahak": "customer",
    "haan": "yes", "hisaab": "accounts", "hisab": "accounts", "kaam": "work",
    "kaarigar": "craftsman", "kam": "off", "kapda": "cloth", "karigar": "craftsman",
    "katai": "cutting", "kharida": "bought", "kharide": "bought", "khatam": "ended",
    "khuli": "open", "kitne": "how much", "lagaya": "put up", "lagwaya": "put up",
    "lagwaye": "put up", "lagwayi": "installed", "laya": "brought", "laye": "brought",
    "maal": "stock", "maan": "agreed", "maanga": "asked for", "mahina": "month", "malik": "owner",
    "manga": "ordered", "mangwaya": "ordered in", "mangwaye": "ordered in", "mangwayi": "ordered",
    "mehenga": "expensive", "mila": "met", "milwaya": "introduced", "mithai": "sweets",
    "mol": "haggling", "naam": "name", "naap": "measurements", "nagar": "municipal", "nahi": "not",
    "naya": "new", "naye": "new", "nayi": "new", "nigam": "council", "paise": "money",
    "pakka": "confirmed", "poochi": "asked", "pucha": "asked", "purani": "former", "raat": "night",
    "rasoi": "kitchen", "saamne": "opposite", "sabke": "everyone", "sabzi": "vegetables",
    "safai": "cleaning", "sagai": "engagement", "saman": "goods", "sasta": "cheap",
    "shaadi": "wedding", "shuru": "started", "sikhaya": "taught", "silai": "stitching",
    "sona": "gold", "theek": "repair", "thele": "cart", "toota": "broke", "udhaar": "credit",
    "unhone": "they", "unko": "them", "yaad": "remind"
}
