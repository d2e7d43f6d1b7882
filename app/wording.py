"""How the pages word numbers of things."""


def count(n: int, noun: str) -> str:
    """"1 activity", "3 activities", "2 rules"."""
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n} {noun if n == 1 else plural}"
