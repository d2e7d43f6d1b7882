"""The word tables that text normalisation reads: shorthand, filler words and stemming fixes.

Data only: `text.normalise` applies them, and the classifier's typo correction leaves the stem
exceptions and the words spelled right alone.
"""

from __future__ import annotations

from app.engine.loanwords import LOANWORDS

# Shorthand owners write in time logs, expanded before stemming. Keys are lower case.
SHORTHAND: dict[str, str] = {
    # A client's site, campaign or brand is work done for them ("edited the client's email
    # sequence"): the job, as an agency making a client's posts is, not our own marketing.
    "client's": "client work", "clients'": "client work",
    "f/u": "follow up", "fu": "follow up", "f/up": "follow up", "fup": "follow up",
    "followup": "follow up", "followups": "follow up", "folowup": "follow up",
    "w/": "with", "w/o": "without", "re": "",
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
    "nl": "newsletter", "newsltr": "newsletter", "nwsltr": "newsletter", "pr": "pair",
    "seo": "search engine optimisation", "sem": "search ads", "ppc": "pay per click ads",
    "cpc": "pay per click ads", "adwords": "google ads", "crm": "crm", "cust": "customer",
    "custs": "customer", "clt": "client", "prosp": "prospect", "est": "estimate",
    "est.": "estimate", "quote": "quote", "qte": "quote", "qt": "quote", "qtd": "quoted",
    "proposal": "proposal",
    "propsal": "proposal", "biz": "business", "bizdev": "business development",
    "mktg": "marketing", "mkting": "marketing", "mkt": "marketing",
    "mrkt": "marketing", "promo": "promotion", "promos": "promotion", "admin": "administration",
    "acct": "account", "accts": "account", "inv": "invoice", "invs": "invoice",
    "ap": "accounts payable", "ar": "accounts receivable", "qb": "quickbooks", "qbo": "quickbooks",
    "holded": "xero",
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
    "1099s": "tax form", "1040": "tax form", "1040s": "tax form",
    # More tax forms, read as the one word "tax" so that they weigh no more than a "quoted".
    "w-2s": "tax", "w2s": "tax", "w-9": "tax", "w9": "tax", "w-9s": "tax", "1120": "tax",
    "1120s": "tax", "1065": "tax", "1041": "tax", "k-1": "tax", "k-1s": "tax", "k1": "tax",
    "t4": "tax", "t4s": "tax", "p60": "tax", "p60s": "tax", "p11d": "tax", "p11ds": "tax",
    "ce": "continuing education",
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
    "telephoning": "calling", "ord": "ordered", "svc": "service", "svcs": "services",
    # British, Australian and Indian English
    "rego": "registration", "ato": "tax office",
    "subbies": "subcontractors", "subbie": "subcontractor", "tyres": "tires", "tyre": "tire",
    # words of other languages (app/engine/loanwords/)
    **LOANWORDS,
    # Counts written out read as figures do: "sixty attorneys" is "60 attorneys", a multitude.
    **dict.fromkeys(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                     "ninety", "hundred", "hundreds", "thousand", "thousands"), "multitude"),
}

# Filler words that carry no hat. Particles such as "up", "in", "on", "out" and "back" stay:
# they make "follow up", "check in" and "call back"; so does "from", which names a supplier,
# and "each", whose "each other" is two businesses sending customers both ways.
STOPWORDS: frozenset[str] = frozenset(
    "a an the to for of at with and or our my your their his her its about by this that "
    "these those some is was were be been being it i we me us them as into via per "
    "just also all any get did do done s".split()
)

# Words the stemmer leaves apart or mangles, mapped to the stem we want. A word listed here is also
# never "corrected" as a typo of a rule word (the classifier skips it): "shells" is not "sells".
STEM_EXCEPTIONS: dict[str, str] = {
    "sold": "sell", "met": "meet", "meeting": "meet",
    "meetings": "meet", "wrote": "write", "written": "write", "writing": "write", "sent": "send",
    "spoke": "speak", "spoken": "speak", "bought": "buy", "paid": "pay", "made": "make",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "built": "build",
    "told": "tell", "taught": "teach", "drove": "drive", "went": "go", "ran": "run",
    "spent": "spend", "heard": "hear",
    # "selling" and "sells" are as often what sells in general ("what's selling", "the mall
    # pharmacy sells junk for $15") as a sale made; "sold" and "sell" are mostly one sale.
    "selling": "selling", "sells": "sells",
    # "pitches" are mostly a campsite's or a club's grass ("mowed the pitches"); "pitched" and
    # "pitch" stay a sales pitch.
    "pitches": "pitches",
    # "dropping" is mostly a line or a price dropped ("dropping the 32oz", "dropping to $39");
    # "dropped off" and "drop off" stay a drop-off.
    "dropping": "dropping",
    # "talked" is a conversation; "talk" is also a talk given to an audience.
    "talked": "talked", "talking": "talked",
    # "fired" is a dismissal; "fire" is mostly the noun (fire escape, fire dept, fire pit).
    "fired": "fired", "firing": "fired",
    # "Angie" is a person; the listing site is "Angi" (the stemmer made them one word).
    "angie": "angie",
    # "pressed" is ironing or a press run; "press" is the newspapers.
    "pressed": "pressed",
    # A "booster" is a seat, a club or an aerial; "boosted" is a paid post.
    "booster": "booster", "boosters": "booster",
    # A "viewing" is a prospect shown round; "view" is the scenery or a page view.
    "viewing": "viewing", "viewings": "viewing",
    # "contents" are what a house or a box holds (contents insurance); "content" is posts.
    "contents": "contents",
    # "canvas" is cloth (tents, sails, paintings) or a school's learning site, not Canva.
    "canvas": "canvas", "canvases": "canvas",
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
    # "bookings" in the plural are mostly a calendar to run (set up, moved, rostered), not one
    # customer's yes.
    "bookings": "bookings", "networking": "networking", "followers": "follower",
    "follower": "follower", "optimize": "optimis", "optimise": "optimis", "optimized": "optimis",
    "optimised": "optimis",
    # Faire, the wholesale marketplace, is not a fair.
    "faire": "faire",
    # A promoter books acts: a customer of a band, not a promotion.
    "promoter": "promoter", "promoters": "promoter",
}

# Real words one slip away from a rule word ("county" is not "count", "fleet" not "feet", the
# Spanish "calle" is a street, not "call"): the classifier never corrects them as typos, as it
# never corrects the exceptions above. Their stems are the stemmer's own ("calle" reads as its
# English, like any word of another language).
SPELLED_RIGHT: frozenset[str] = frozenset(
    "calle "
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
    "classification freezing".split())
