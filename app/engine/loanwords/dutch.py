"""Dutch words of owners in the Netherlands and Flanders, read as English."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "aanbetaling": "deposit", "aanbieding": "offer", "aangeboden": "offered",
    "aangepast": "adjusted", "actie": "promotion", "advertentie": "ad",
    "afspraak": "appointment", "akkoord": "agreed", "beantwoord": "answered", "bedankt": "thanked",
    "bekeken": "looked at", "belasting": "tax", "bellen": "call", "besteld": "ordered",
    "bestelling": "order", "bestelt": "orders", "betaald": "paid", "beurs": "trade fair",
    "bevestigd": "confirmed", "bijgewerkt": "updated", "boekhouder": "bookkeeper",
    "bonnetjes": "receipts", "concurrenten": "competitors",
    "concurrentie": "competition", "doorgelezen": "read", "facturen": "invoices",
    "factuur": "invoice", "gasten": "guests", "gebeld": "called",
    "geboekt": "booked", "gekocht": "bought", "gemaakt": "made", "gemaild": "emailed",
    "geplaatst": "posted", "gepland": "planned", "geschilderd": "painted", "gesprek": "meeting",
    "gestuurd": "sent", "getekend": "signed", "gevraagd": "asked", "huur": "rent",
    "ingediend": "submitted", "ingepland": "scheduled", "inkoop": "purchasing", "kapot": "broken",
    "kennismaking": "introduction", "keuring": "inspection", "klant": "customer",
    "klanten": "customers", "korting": "discount", "kwartaal": "quarter", "leden": "members",
    "leverancier": "supplier", "leveranciers": "suppliers", "levering": "delivery",
    "loonadministratie": "payroll", "nabellen": "follow up", "nakijken": "check", "nieuw": "new",
    "nieuwe": "new", "nieuwsbrief": "newsletter", "offertes": "quotes", "opgehangen": "put up",
    "pakket": "package", "personeel": "staff", "prijs": "price", "prijslijst": "price list",
    "prijzen": "prices", "proefles": "trial lesson", "profiel": "profile", "reparatie": "repair",
    "rooster": "rota", "salaris": "wages", "samenwerking": "partnership", "schoonmaken": "clean",
    "sollicitatie": "application", "stempelkaart": "loyalty card", "tarieven": "rates",
    "terugbellen": "call back", "toonbank": "counter", "twijfelt": "hesitates", "vaste": "regular",
    "vastgesteld": "set", "vergeleken": "compared", "verlengd": "renewed", "verstuurd": "sent",
    "vervangen": "replaced", "verwijzen": "refer", "verzekering": "insurance",
    "voorgesteld": "proposed", "voorschot": "deposit", "voorstel": "proposal",
}
