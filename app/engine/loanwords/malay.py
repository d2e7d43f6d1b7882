"""Malay words of owners in Malaysia, Singapore and Indonesia, read as English."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "agen": "agent", "ajak": "invite", "ambil": "take", "baiki": "repair", "baru": "new",
    "bayar": "pay", "belanja": "treat", "beli": "buy", "benang": "thread", "beras": "rice",
    "borong": "wholesale", "brosur": "brochure", "bungkus": "pack", "cadang": "suggest",
    "cikgu": "teacher", "cuci": "clean", "cukai": "tax", "daftar": "register", "dapur": "kitchen",
    "diskaun": "discount", "duit": "cash", "gaji": "wages", "gambar": "photo", "gerai": "stall",
    "goreng": "fry", "gula": "sugar", "hantar": "send", "hantaran": "delivery", "harga": "price",
    "iklan": "ad", "ingatkan": "remind", "jahit": "sew", "jumpa": "meet", "kain": "fabric",
    "karton": "carton", "kedai": "shop", "kelas": "class", "kerja": "work", "khas": "special",
    "kos": "cost", "kursus": "course", "lain": "other", "lesen": "licence", "mahal": "expensive",
    "masak": "cook", "mesej": "message", "mesyuarat": "meeting", "murah": "cheap", "papan": "board",
    "pasang": "install", "pasar": "market", "pelanggan": "customer", "pendaftaran": "registration",
    "percuma": "free", "perisa": "flavour", "perjanjian": "agreement", "pesanan": "order",
    "pinjam": "borrow", "potong": "cut", "produk": "product", "promosi": "promotion",
    "pujuk": "convince", "pukal": "bulk", "rosak": "broken", "runding": "negotiate",
    "sediakan": "prepare", "servis": "service", "setuju": "agreed", "sewa": "rent",
    "sijil": "certificate", "stok": "stock", "tambah": "add", "tawar": "offer", "telur": "eggs",
    "tempah": "order", "tempahan": "booking", "tengok": "look", "tepung": "flour",
    "terangkan": "explained", "terima": "thank", "tetap": "regular", "tukar": "change",
    "untung": "profit", "yuran": "fee",
}
