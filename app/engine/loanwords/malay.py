"""Malay and Indonesian words of owners in Malaysia, Singapore and Indonesia, read as English."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "agen": "agent", "ajak": "invite", "ambil": "take", "bagi": "share", "baiki": "repair",
    "baliho": "billboard", "bandingin": "compare", "baru": "new", "bawa": "bring", "bayar": "pay",
    "belanja": "shopping", "beli": "buy", "benang": "thread", "beras": "rice", "bersihin": "clean",
    "biaya": "cost", "bikin": "make", "bln": "month", "borong": "wholesale", "brosur": "brochure",
    "buat": "for", "bulan": "month", "bulanan": "monthly", "bunga": "flowers", "bungkus": "pack",
    "cadang": "suggest", "catat": "record", "cek": "check", "cetak": "print", "cikgu": "teacher",
    "contoh": "sample", "cuci": "clean", "cukai": "tax", "daftar": "register", "dah": "already",
    "dapur": "kitchen", "depan": "in front", "desain": "design", "diskaun": "discount",
    "diskon": "discount", "duit": "cash", "estimasi": "estimate", "gaji": "wages",
    "gajian": "payday", "gambar": "photo", "ganti": "replace", "gerai": "stall", "goreng": "fry",
    "gula": "sugar", "hantar": "send", "hantaran": "delivery", "harga": "price", "hari": "day",
    "hitung": "count", "hrd": "hr", "iklan": "ad", "ingatkan": "remind", "ini": "this",
    "izin": "permit", "jadwal": "schedule", "jahit": "sew", "jalan": "street", "jelasin": "explain",
    "jual": "sell", "jualan": "selling", "jumpa": "meet", "kain": "fabric", "kak": "ms",
    "kantor": "office", "karton": "carton", "kartu": "card", "karyawan": "employee",
    "kasih": "give", "kat": "at", "kedai": "shop", "kelas": "class", "kerja": "work",
    "kerjasama": "partnership", "ketemu": "met", "khas": "special", "kirim": "send",
    "kiriman": "delivery", "kita": "we", "klien": "client", "kompetitor": "competitor",
    "komplain": "complaint", "konsultasi": "consultation", "kontrak": "contract", "kos": "cost",
    "krn": "because", "kulakan": "restock", "kursus": "course", "lain": "other",
    "langganan": "regular", "lesen": "licence", "liat": "look at", "listrik": "electricity",
    "mahal": "expensive", "masak": "cook", "mau": "wants", "mbak": "ms", "mereka": "they",
    "mesej": "message", "mesyuarat": "meeting", "minggu": "week", "minta": "ask", "murah": "cheap",
    "naik": "raise", "nama": "name", "nanya": "ask", "ngobrol": "chat", "ongkir": "shipping",
    "pabrik": "factory", "pajak": "tax", "paket": "package", "panggil": "call", "papan": "board",
    "pasang": "install", "pasar": "bazaar", "pelanggan": "customer", "pelatihan": "training",
    "penawaran": "quote", "pendaftaran": "registration", "percuma": "free", "perisa": "flavour",
    "perjanjian": "agreement", "perpanjang": "renew", "pesanan": "order", "pesen": "order",
    "pinjam": "borrow", "plang": "sign", "potong": "cut", "potongan": "discount",
    "presentasi": "presentation", "pricelist": "price list", "produk": "product",
    "promosi": "promotion", "pujuk": "convince", "pukal": "bulk", "rekap": "summary",
    "rekomendasiin": "recommend", "rosak": "broken", "rujuk": "refer", "runding": "negotiate",
    "sama": "with", "sebar": "distribute", "sediakan": "prepare", "seragam": "uniform",
    "sertifikat": "certificate", "servis": "service", "setuju": "agreed", "sewa": "rent",
    "sijil": "certificate", "spanduk": "banner", "stiker": "sticker", "stok": "stock",
    "suplai": "supply", "survei": "survey", "tagihan": "bill", "tambah": "add", "tawar": "offer",
    "tawarin": "offer", "tawarkan": "offer", "teknisi": "technician", "telp": "call",
    "telpon": "phone", "telur": "eggs", "tempah": "order", "tempahan": "booking", "tempel": "stick",
    "tengok": "look", "tepung": "flour", "terangkan": "explained", "terima": "thank",
    "tetap": "regular", "tiap": "every", "tlp": "phone", "toko": "shop", "tukar": "change",
    "ucapan": "greeting card", "udah": "already", "udh": "already", "untung": "profit",
    "urus": "handle", "wawancara": "interview", "yuran": "fee"
}

# English words that mean this in a line written in this language (see `app.engine.language`).
FALSE_FRIENDS: dict[str, str] = {
    "pak": "mr", "mas": "mr", "tanya": "asked", "bales": "reply", "jam": "hour",
}
