"""Hindi words of owners in India, written in Latin letters (Hinglish), read as English."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "aaspaas": "nearby", "akhbar": "newspaper", "atta": "flour", "baaki": "outstanding",
    "baante": "handed out", "badalwana": "get replaced", "badhaye": "raised", "badla": "changed",
    "bahar": "outside", "bahas": "argument", "banaya": "made", "banaye": "made", "banayi": "made",
    "banwaye": "had made", "bataya": "told", "batayengi": "will let us know", "bech": "sold",
    "bhaav": "price", "bhara": "paid", "bhatti": "oven", "bhej": "send", "bheja": "sent",
    "bheje": "sent", "bheji": "sent", "bola": "said", "boli": "said", "bori": "sacks",
    "chakhaya": "let taste", "chakhwaya": "let taste", "challan": "fine", "chara": "fodder",
    "cheeni": "sugar", "chhape": "printed", "chhapwaya": "printed", "chhapwaye": "printed",
    "chhat": "roof", "chhodna": "quit", "chhutti": "leave", "chipkaye": "stuck",
    "chunav": "election", "chutti": "leave", "daam": "prices", "dabba": "box", "darzi": "tailor",
    "dawai": "medicine", "dekha": "checked", "dekhe": "checked", "dekhi": "checked",
    "dhaage": "thread", "dhabe": "eateries", "dhoondhna": "find", "dihadi": "daily wages",
    "dikhaya": "showed", "dikhaye": "showed", "dikhayi": "showed", "dilana": "remind",
    "doodh": "milk", "dukaan": "shop", "dukan": "shop", "dulhan": "bride", "dulhe": "groom",
    "dusra": "another", "dusre": "other", "dusri": "other", "ghar": "home", "grahak": "customer",
    "haan": "yes", "hafte": "week", "hisaab": "accounts", "hisab": "accounts", "kaam": "work",
    "kaarigar": "craftsman", "kam": "off", "kapda": "cloth", "karayi": "got done",
    "karigar": "craftsman", "karwaya": "got done", "karwayi": "got done", "katai": "cutting",
    "kharab": "broken", "kharid": "purchase", "kharida": "bought", "kharide": "bought",
    "khatam": "ended", "khuli": "open", "kiraya": "rent", "kitne": "how much", "koyla": "coal",
    "lagaya": "put up", "lagwa": "put up", "lagwaya": "put up", "lagwaye": "put up",
    "lagwayi": "installed", "laya": "brought", "laye": "brought", "likhwaya": "had painted",
    "maafi": "apology", "maal": "stock", "maan": "agreed", "maanga": "asked for", "mahina": "month",
    "maida": "flour", "malik": "owner", "manaya": "persuaded", "manga": "ordered",
    "mangwaya": "ordered in", "mangwaye": "ordered in", "mangwayi": "ordered", "marammat": "repair",
    "mehenga": "expensive", "mila": "met", "milwaya": "introduced", "mithai": "sweets",
    "mol": "haggling", "muhalle": "neighbourhood", "naam": "name", "naap": "measurements",
    "nagar": "municipal", "nahi": "not", "naraz": "upset", "naya": "new", "naye": "new",
    "nayi": "new", "nigam": "council", "paise": "money", "pakka": "confirmed", "pata": "found out",
    "pooch": "ask", "poocha": "asked", "poochi": "asked", "poochtach": "enquiry", "pucha": "asked",
    "purani": "former", "raat": "night", "raazi": "agreed", "rasoi": "kitchen", "saaf": "cleaned",
    "saamne": "opposite", "sabke": "everyone", "sabzi": "vegetables", "safai": "cleaning",
    "sagai": "engagement", "saman": "goods", "samjhaya": "explained", "samjhaye": "explained",
    "samjhayi": "explained", "sasta": "cheap", "sasti": "cheap", "shaadi": "wedding",
    "shuru": "started", "sikhaya": "taught", "silai": "stitching", "socha": "planned",
    "sochenge": "will think it over", "sona": "gold", "tanki": "tank", "theek": "repair",
    "thele": "cart", "thik": "fixed", "toota": "broke", "udhaar": "credit", "unhone": "they",
    "unko": "them", "yaad": "remind"
}

# English words that mean this in a line written in this language (see `app.engine.language`):
# an "advance" taken in a Hinglish line is the customer's deposit.
FALSE_FRIENDS: dict[str, str] = {"advance": "deposit"}
