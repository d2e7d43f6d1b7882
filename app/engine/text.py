"""Text normalisation shared by rule phrases and activity descriptions.

Both sides go through `normalise`, so a rule written as "Followed up" matches "f/u" and
"FOLLOWING-UP". The steps: lower case, split into words (hyphens, slashes and dots split a word
unless the whole word is a known abbreviation such as "f/u" or "e-mail"), expand shorthand,
drop filler words, and stem what is left.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# A word may carry inner punctuation ("f/u", "e-mail", "customer's") and one trailing slash ("w/").
_WORD = re.compile(r"[a-z0-9]+(?:(?:['’&./-]|(?<=\d),(?=\d{3}))[a-z0-9]+)*/?")
_PART = re.compile(r"[a-z0-9]+/?")
# Words whose capitals change their meaning: "IT" is the IT hat ("it" is a filler word), "POS" a
# point-of-sale system ("POs" and "pos" are purchase orders), "LED" a light ("led" is the past of
# "lead"), "pH" acidity ("ph" is a phone). Each becomes one word, hyphenated or not, so word
# positions stay those of the text.
UPPER_CASE: dict[str, str] = {"IT": "information-technology", "POS": "point-of-sale",
                              "LED": "light-emitting-diode", "pH": "acidity",
                              # "LI" is LinkedIn; "Li" is a surname.
                              "LI": "linkedin"}
_UPPER = re.compile(r"\b(?:" + "|".join(UPPER_CASE) + r")\b")
# "+$85" is owners' shorthand for an add-on sold; it becomes the one word "addon-85", so word
# positions stay those of the text.
_ADDED = re.compile(r"\+\$(?=\d)")
# An amount of money ("$35", "£1,200", "€5.60", "$3.5k") reads as the word "amount" before its
# number, so a rule can say "now $10" and mean a new price of any size, while "10% off" still
# matches "$10 off". Positions stay those of the text: "amount-35" is one word, as "$35" was.
# A sign inside a word ("2x$5", "NZ$4,200") is left alone, or the word would swallow the amount.
_MONEY = re.compile(r"(?<!\w)[$£€](?=\d)(" + _WORD.pattern + ")")
_AMOUNT = re.compile(r"[\d.,]+k?")
# A bare count of 20 or more ("email to 800 past buyers", "2,300 subs", "5k list") becomes the
# word "multitude", so a rule can say "emailed 100 customers" and mean a mass mailing of any
# size. Not "many": "the one that's 45 days late" would read as the principle "one to many".
# Money, numbers ("#2231"), times, decimals, percentages and years stay as written. The test
# looks at one white-space token only, since the classifier reads each token on its own.
_COUNT = re.compile(r"(?<![\w$#£€.,:/'-])(\d{1,3}(?:,\d{3})+|\d{2,5}|\d+(?:\.\d+)?k)"
                    r"(?![\w%'£€$-]|[.,:/]\d)")
_FEW = 20
# Time written as a timesheet writes it ("2.8h", "6h") reads as hours.
_HOURS = re.compile(r"\d+(?:\.\d+)?h")
# Numbers that name a thing rather than count: a tax form, a hotline, an office suite, a pension.
NAMED_NUMBERS = frozenset({"365", "401k", "411", "811", "911", "990"})

# Shorthand owners write in time logs, expanded before stemming. Keys are lower case.
SHORTHAND: dict[str, str] = {
    "f/u": "follow up", "fu": "follow up", "f/up": "follow up", "fup": "follow up",
    "followup": "follow up", "followups": "follow up", "w/": "with", "w/o": "without", "re": "",
    "abt": "about", "chk": "check", "pg": "page", "pgs": "pages", "negd": "negotiated",
    "chkd": "checked", "chked": "checked", "thru": "through",
    "mtg": "meeting", "mtgs": "meeting", "mtng": "meeting",
    "ctte": "committee", "cttee": "committee", "cmte": "committee",
    "checkin": "check in", "checkins": "check in",
    "appt": "appointment", "appts": "appointment", "conf": "conference", "pres": "presentation",
    "prez": "presentation", "preso": "presentation", "demo'd": "demo", "ig": "instagram",
    "insta": "instagram", "fb": "facebook", "yt": "youtube", "tw": "twitter",
    "x.com": "twitter", "tiktok": "tiktok", "tik-tok": "tiktok", "e-mail": "email",
    "e-mails": "email", "emailed": "email", "emailing": "email", "eblast": "email blast",
    "e-blast": "email blast", "e-newsletter": "newsletter", "enews": "newsletter",
    "nl": "newsletter", "newsltr": "newsletter", "nwsltr": "newsletter", "pr": "public relations",
    "seo": "search engine optimisation", "sem": "search ads", "ppc": "pay per click ads",
    "cpc": "pay per click ads", "adwords": "google ads", "crm": "crm", "cust": "customer",
    "custs": "customer", "clt": "client", "prosp": "prospect", "est": "estimate",
    "est.": "estimate", "quote": "quote", "qte": "quote", "qt": "quote", "qtd": "quoted",
    "proposal": "proposal",
    "propsal": "proposal", "biz": "business", "bizdev": "business development",
    "bd": "business development", "mktg": "marketing", "mkting": "marketing", "mkt": "marketing",
    "mrkt": "marketing", "promo": "promotion", "promos": "promotion", "admin": "administration",
    "acct": "account", "accts": "account", "inv": "invoice", "invs": "invoice",
    "ap": "accounts payable", "ar": "accounts receivable", "qb": "quickbooks", "qbo": "quickbooks",
    "hr": "hr", "pkg": "package", "convo": "conversation", "convos": "conversation",
    "recvd": "received", "rcvd": "received", "rec'd": "received", "pkgs": "package",
    "agmt": "agreement", "agmts": "agreement", "agrmt": "agreement", "diag": "diagnostic",
    "diags": "diagnostic", "cert": "certification", "certs": "certification", "mani": "manicure",
    "manis": "manicure", "pedi": "pedicure", "pedis": "pedicure", "mgmt": "management",
    "perf": "performance", "pd": "paid", "pd.": "paid", "icp": "ideal customer profile",
    "pt": "patient", "pts": "patient", "vm": "voicemail", "lvm": "left voicemail",
    "vmail": "voicemail", "tel": "phone", "ph": "phone", "ph.": "phone", "txt": "text",
    "txted": "text", "msg": "message", "msgs": "message", "dm": "direct message",
    "dms": "direct message", "dm'd": "direct message", "dmed": "direct message", "pm": "",
    # Weekdays carry no hat, but "sat" stays a word: "sat down with the owner" is a meeting.
    "am": "", "asap": "", "btw": "", "mon": "", "tue": "", "tues": "", "wed": "", "thu": "",
    "thur": "", "thurs": "", "fri": "", "sun": "", "wk": "week", "mo": "month",
    "qtr": "quarter", "q1": "quarter", "q2": "quarter", "q3": "quarter", "q4": "quarter",
    "yr": "year", "mgr": "manager", "emp": "employee", "emps": "employee", "recieved": "received",
    "recieve": "receive", "folowed": "followed", "folow": "follow", "followed-up": "follow up",
    "follow-up": "follow up", "follow-ups": "follow up", "calender": "calendar",
    "bussiness": "business", "busines": "business", "buisness": "business", "invoce": "invoice",
    "invocies": "invoice", "newsleter": "newsletter", "newletter": "newsletter",
    "adverts": "advert", "ad's": "ad", "wkshp": "workshop", "sm": "social media",
    "socials": "social media", "smm": "social media", "ecom": "online shop",
    "e-commerce": "online shop", "b2b": "", "b2c": "", "roi": "return on investment", "kpi": "kpi",
    "po": "purchase order", "pos": "purchase order", "p.o": "purchase order", "payrol": "payroll",
    "bookeeping": "bookkeeping", "bkkpg": "bookkeeping", "recon": "reconcile",
    "reconc": "reconcile", "taxes": "tax", "w-2": "tax form", "w2": "tax form", "1099": "tax form",
    "1099s": "tax form", "1040": "tax form", "1040s": "tax form", "ce": "continuing education",
    "lsa": "local service ads", "lsas": "local service ads",
    "vat": "vat", "gst": "sales tax", "hst": "sales tax", "wifi": "wifi",
    "wi-fi": "wifi", "pc": "computer", "pcs": "computer", "laptop": "computer",
    "o/s": "operating system", "ppl": "people", "info": "information", "intro": "introduction",
    "intro'd": "introduction", "ref": "referral", "refs": "referral", "referal": "referral",
    "referals": "referral", "linkedin": "linkedin", "gmb": "google business profile",
    "gbp": "google business profile", "yelp": "yelp", "rfp": "request for proposal",
    "loi": "letter of intent",
    "a-board": "sandwich board", "a-boards": "sandwich board", "a-frame": "sandwich board",
    "cb": "call back", "b4": "before", "wknd": "weekend", "wkend": "weekend",
    "rfq": "request for quote", "sow": "statement of work",
    "nda": "non disclosure agreement", "e&o": "insurance", "msa": "contract", "ty": "thank you",
    "thx": "thank you", "tks": "thank you", "std": "standard", "walkthru": "walkthrough",
    "walk-thru": "walkthrough", "walkthrus": "walkthrough", "qote": "quote", "qute": "quote",
    "coi": "certificate of insurance", "cois": "certificate of insurance",
    "on-site": "onsite", "on-sites": "onsite", "insp": "inspection", "telephoned": "called",
    "telephoning": "calling",
    # British, Australian and Indian English
    "rego": "registration", "ato": "tax office",
    "subbies": "subcontractors", "subbie": "subcontractor", "tyres": "tires", "tyre": "tire",
    # Spanish words bilingual owners mix in
    "llame": "called", "cliente": "customer", "clientes": "customers",
    "pedido": "order", "pedidos": "orders",
    "seguimiento": "follow up", "cotizacion": "quote", "cotizaciones": "quote", "cotize": "quoted",
    "cotice": "quoted", "inventario": "inventory", "nomina": "payroll", "renta": "rent",
    "encuesta": "survey", "anuncio": "ad", "anuncios": "ad", "precio": "price", "precios": "price",
    "descuento": "discount", "mayoreo": "wholesale", "entrevista": "interview", "pague": "paid",
    "cita": "appointment", "junta": "meeting", "permiso": "permit", "tecnico": "technician",
    "negocie": "negotiated", "degustacion": "tasting", "volantes": "flyers", "turnos": "shifts",
    "limpieza": "cleaning", "limpiamos": "cleaned", "cocinamos": "cooked", "alianza": "partnership",
    "factura": "invoice", "facturas": "invoice", "proveedor": "supplier", "impuestos": "taxes",
    # Counts written out read as figures do: "sixty attorneys" is "60 attorneys", a multitude.
    **dict.fromkeys(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                     "ninety", "hundred", "hundreds", "thousand", "thousands"), "multitude"),
}

# Filler words that carry no hat. Particles such as "up", "in", "on", "out" and "back" stay:
# they make "follow up", "check in" and "call back"; so does "from", which names a supplier.
STOPWORDS: frozenset[str] = frozenset(
    "a an the to for of at with and or our my your their his her its about by this that "
    "these those some is was were be been being it i we me us them as into via per "
    "just also all any each get did do done s".split()
)

# Words the stemmer leaves apart or mangles, mapped to the stem we want. A word listed here is also
# never "corrected" as a typo of a rule word (the classifier skips it): "shells" is not "sells".
STEM_EXCEPTIONS: dict[str, str] = {
    "sold": "sell", "sells": "sell", "selling": "sell", "met": "meet", "meeting": "meet",
    "meetings": "meet", "wrote": "write", "written": "write", "writing": "write", "sent": "send",
    "spoke": "speak", "spoken": "speak", "bought": "buy", "paid": "pay", "made": "make",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "built": "build",
    "told": "tell", "taught": "teach", "drove": "drive", "went": "go", "ran": "run",
    "spent": "spend", "heard": "hear",
    # "talked" is a conversation; "talk" is also a talk given to an audience.
    "talked": "talked", "talking": "talked",
    # "fired" is a dismissal; "fire" is mostly the noun (fire escape, fire dept, fire pit).
    "fired": "fired", "firing": "fired",
    # "Angie" is a person; the listing site is "Angi" (the stemmer made them one word).
    "angie": "angie",
    # "pressed" is ironing or a press run; "press" is the newspapers.
    "pressed": "pressed",
    # The stemmer leaves "menus" whole, apart from "menu".
    "menus": "menu",
    # "rang" is British for called; "range" would otherwise stem to "rang" and read as a call.
    "rang": "call", "range": "range", "ranges": "range",
    "began": "begin", "held": "hold", "found": "find", "thought": "think", "brought": "bring",
    "shot": "shoot", "left": "leave", "lost": "lose", "won": "win", "hired": "hire", "fed": "feed",
    "redid": "redo", "redone": "redo", "news": "news", "organic": "organic", "organics": "organic",
    "general": "general", "data": "data", "media": "media", "ads": "ad", "advert": "ad",
    "adverts": "ad", "advertisement": "ad", "advertisements": "ad", "leads": "lead", "led": "led",
    "sales": "sale", "business": "business", "businesses": "business", "gallery": "gallery",
    "series": "series", "campus": "campus", "bus": "bus", "press": "press", "glass": "glass",
    "class": "class", "classes": "class", "analysis": "analys", "analyses": "analys",
    "analyzed": "analys", "analysed": "analys", "analyzing": "analys", "analysing": "analys",
    "analyze": "analys", "analyse": "analys", "optimization": "optimis", "optimisation": "optimis",
    "upsold": "upsel", "upsell": "upsel", "upselling": "upsel", "reporter": "reporter",
    "reporters": "reporter", "books": "books", "deposition": "deposition",
    "depositions": "deposition", "production": "production", "consultation": "consultation",
    "consultations": "consultation", "consulting": "consulting", "accounting": "accounting",
    "accountant": "accountant", "accountants": "accountant", "catalogued": "catalogued",
    "cataloged": "catalogued", "reference": "reference", "references": "reference",
    "referred": "referred", "gated": "gated", "guides": "guides", "guided": "guided",
    "porters": "porter", "porter": "porter", "researcher": "researcher",
    "researchers": "researcher", "hosted": "hosted", "planning": "planning", "phones": "phones",
    "building": "building", "buildings": "building", "compared": "compared", "concert": "concert",
    "concerts": "concert", "countered": "countered", "deposited": "deposited",
    "shells": "shell", "shell": "shell", "networked": "networking",
    "closet": "closet", "closets": "closet", "winterized": "winterize",
    "winterizing": "winterize", "winterize": "winterize", "renewal": "renewal",
    "renewals": "renewal", "dues": "dues",
    "signed": "signed", "signing": "signing", "booked": "booked", "booking": "booking",
    "bookings": "booking", "networking": "networking", "followers": "follower",
    "follower": "follower", "optimize": "optimis", "optimise": "optimis", "optimized": "optimis",
    "optimised": "optimis",
    # Faire, the wholesale marketplace, is not a fair.
    "faire": "faire",
}

# Real words one slip away from a rule word ("county" is not "count", "fleet" not "feet"): the
# classifier never corrects them as typos, as it never corrects the exceptions above. Their
# stems are the stemmer's own.
SPELLED_RIGHT: frozenset[str] = frozenset(
    "county counties fleet fleets three short facility facilities black could flour ready guild "
    "sports strip single diner timber protection world freeze bridge metal metals crash lounge "
    "police candy chief wheat addition robot robots robotics temple loose granite clover swing "
    "needles action plain paste portal suite boots retired smells pitcher spelling sat "
    "braiding solid binding closer grated fairy tweeter sander dealt bedding licensee hearts "
    "strain strains marina plaid spellings prevent prevention preventer heist braided brandy "
    "retrained wingback bakers tigers employer employment leashes healing mover pacing "
    "rater trails bluff commissioner conduit lifting swell tanner ponds streaming smelled "
    "gallops widow canvases scrap country flood turning banded foraging response responses "
    "scalded splice articulate rebel cooling presets shelling tasty complained clamp prince "
    "movie graphite postmark several created reworded alternative indexer indexes identify "
    "classification".split())

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def normalise_word(word: str) -> tuple[str, ...]:
    """Turn one raw lower-case word into zero or more normalised words (stems)."""
    word = word.replace("’", "'")
    if word in SHORTHAND:
        return tuple(_stem(w) for w in SHORTHAND[word].split() if w not in STOPWORDS)
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    if word[-1:] == "h" and _HOURS.fullmatch(word):
        return ("hour",)
    parts = _PART.findall(word)
    if len(parts) > 1:
        return tuple(stem for part in parts for stem in normalise_word(part))
    word = word.rstrip("/")
    if not word or word in STOPWORDS:
        return ()
    if word in SHORTHAND:
        return normalise_word(word)
    return (_stem(word),)


def _stem(word: str) -> str:
    return STEM_EXCEPTIONS.get(word) or _stemmer.stemWord(word)


def split_words(text: str) -> list[str]:
    """Split text into raw lower-case words, the units `normalise_word` takes."""
    if any(word in text for word in UPPER_CASE):
        text = _UPPER.sub(lambda m: UPPER_CASE[m[0]], text)
    if "+$" in text:
        text = _ADDED.sub("addon-", text)
    text = text.lower()
    if any(c.isdigit() for c in text):
        if "$" in text or "£" in text or "€" in text:
            text = _MONEY.sub(_amount, text)
        text = _COUNT.sub(_multitude, text)
    if not text.isascii():
        text = _plain(text)
    return _WORD.findall(text)


def _amount(money: re.Match[str]) -> str:
    """Read "$35" as "amount-35"; "$5/hr" and "$20x3" stay as written."""
    return f"amount-{money[1]}" if _AMOUNT.fullmatch(money[1]) else money[0]


def _multitude(count: re.Match[str]) -> str:
    """Read a count of 20 or more as "multitude", unless a year or a name ("1099")."""
    number = count[0]
    if number in NAMED_NUMBERS or number in SHORTHAND:
        return number
    if number.endswith("k"):
        return "multitude"
    n = int(number.replace(",", ""))
    if n < _FEW or (len(number) == 4 and 1900 <= n <= 2100):
        return number
    return "multitude"


def _plain(text: str) -> str:
    """Compatibility forms folded ("ｍｔｇ" -> "mtg") and accents dropped ("résumé" -> "resume")."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where each raw word of `split_words(text)` stands in `text`, as (start, end) offsets.

    Empty when Unicode normalisation changed the text's length, since offsets would not fit.
    """
    lowered = text.lower()
    if not lowered.isascii():
        # Words are found in the folded text ("à" is the letter "a"), as `split_words` finds them.
        lowered = _plain(lowered)
        if len(lowered) != len(text):
            return []
    return [m.span() for m in _WORD.finditer(lowered)]


def normalise(text: str) -> tuple[str, ...]:
    """Normalise free text into a tuple of stems (the same function serves rules and activities)."""
    return tuple(stem for word in split_words(text) for stem in normalise_word(word))
