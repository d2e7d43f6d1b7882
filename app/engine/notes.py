"""What the documents would say about a week: plain sentences, each resting on the data and
citing its document. A note appears only when its condition holds."""

from __future__ import annotations

from dataclasses import dataclass

from app.engine.summary import Summary

_FOLLOW_UP = {"Follow-up"}
_COLD = {"Direct mail", "Lead generation", "Advertising", "Email marketing", "Social media"}
_WARM = {"Follow-up", "New calls", "Needs assessment", "Meetings", "Networking"}
_HOT = {"Closing", "Proposals & quotes", "Special pricing", "Objection handling",
        "Presentations", "Solution selling"}


@dataclass(frozen=True)
class Note:
    """One observation about the week, with the document and passage it rests on."""

    text: str
    document: str
    passage: str


def notes(summary: Summary) -> tuple[Note, ...]:
    """The notes the week's data supports, most important first."""
    split = summary.split
    if not split.total:
        return ()
    marketing, sales, other = split.of("marketing"), split.of("sales"), split.of("other")
    sales_cats = set(summary.category_minutes("sales"))
    marketing_cats = set(summary.category_minutes("marketing"))
    found = []
    if not marketing and sales:
        found.append(Note("No time went to marketing this week. 001 warns that without "
                          "marketing, sales suffer: nothing is bringing new prospects in.",
                          "001_9040d5afae95d7f2.txt", "Without marketing, sales suffer."))
    if marketing and not sales:
        found.append(Note("No time went to sales this week. 001 warns that without sales, "
                          "marketing efforts run short: someone has to seal the deals.",
                          "001_9040d5afae95d7f2.txt",
                          "Without sales, marketing efforts run short."))
    if sales and not sales_cats & _FOLLOW_UP:
        found.append(Note("There was sales work but no follow-up with leads or customers. 001 "
                          "counts follow-up calls and emails among the core sales activities.",
                          "001_9040d5afae95d7f2.txt",
                          "Follow-up phone calls and email messages"))
    stages = [bool((marketing_cats | sales_cats) & _COLD), bool(sales_cats & _WARM),
              bool(sales_cats & _HOT)]
    # With no sales at all, the note on that says more than this one would.
    if stages[0] and sales and not stages[1] and not stages[2]:
        found.append(Note("This week reached cold prospects but did not follow up warm ones or "
                          "work on closing. 003 describes moving each prospect from cold to "
                          "warm to hot.", "003_08c2a10d4f7cb1b9.txt",
                          "cold, warm, and hot"))
    elif stages[1] and not stages[2]:
        found.append(Note("Warm leads were engaged, but nothing went to closing (proposals, "
                          "quotes, asking for the sale). 003: once the warm prospect has been "
                          "engaged, it is time for the closing strategy.",
                          "003_08c2a10d4f7cb1b9.txt",
                          "Once the warm prospect has been engaged, it is time to proceed with "
                          "your closing strategy."))
    if other * 2 >= split.total:
        found.append(Note(f"{split.share('other')} % of the hours went to other hats (finance, "
                          "purchasing, IT, operations, the work itself). 004 notes the owner "
                          "also wears those hats; here they left "
                          f"{split.share('marketing') + split.share('sales')} % for marketing "
                          "and sales.", "004_30b2e4ee3b5336c3.txt",
                          "the finance hat and the purchasing hat and the IT hat"))
    return tuple(found)
