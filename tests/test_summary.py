"""The summary of a week, in the pure engine: totals, shares, breakdowns, and the notes."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.engine.notes import notes
from app.engine.rules import LABELS
from app.engine.summary import Item, change, split, summarise


def test_empty_week_is_all_zero():
    summary = summarise([])
    assert summary.split.total == 0
    assert dict(summary.split.shares) == dict.fromkeys(LABELS, 0)
    assert notes(summary) == ()


def test_only_unclassified():
    summary = summarise([Item("asdf", 90, "unclassified")])
    assert summary.split.share("unclassified") == 100 and summary.split.of("unclassified") == 90


@pytest.mark.parametrize(("minutes", "shares"), [
    ((20, 20, 20, 0), (34, 33, 33, 0)),
    ((1, 1, 1, 0), (34, 33, 33, 0)),
    ((10, 0, 0, 0), (100, 0, 0, 0)),
    ((1, 2, 3, 94), (1, 2, 3, 94)),
    ((50, 25, 25, 1), (49, 25, 25, 1)),
])
def test_shares_are_whole_percents_that_add_to_100(minutes, shares):
    result = split(zip(LABELS, minutes, strict=True))
    assert tuple(dict(result.shares)[label] for label in LABELS) == shares


@given(st.lists(st.tuples(st.sampled_from(LABELS), st.integers(1, 1440)), max_size=60))
def test_shares_always_add_to_100_and_follow_the_minutes(pairs):
    result = split(pairs)
    shares = dict(result.shares)
    assert sum(shares.values()) == (100 if pairs else 0)
    for label in LABELS:
        assert abs(shares[label] - 100 * result.of(label) / (result.total or 1)) < 1


def test_overrides_count_as_the_owner_set_them():
    summary = summarise([Item("DM sale", 60, "sales", "Closing", rule_label="marketing",
                              reason="it sold"),
                         Item("posted", 60, "marketing", "Social media")])
    assert summary.split.of("sales") == 60
    assert [(i.description, i.rule_label, i.reason) for i in summary.overridden] == [
        ("DM sale", "marketing", "it sold")]


def test_breakdowns_by_category_person_and_day():
    summary = summarise([
        Item("a", 120, "marketing", "Public relations", "Ann", 0),
        Item("b", 60, "marketing", "Direct mail", "Ann", 0),
        Item("c", 180, "sales", "Follow-up", "Ben", 2),
        Item("d", 90, "sales", "Closing", "Ben", 2, contested=True),
    ])
    assert summary.category_minutes("marketing") == {"Public relations": 120, "Direct mail": 60}
    assert list(summary.category_minutes("sales")) == ["Follow-up", "Closing"]
    people = dict(summary.people)
    assert people["Ann"].of("marketing") == 180 and people["Ben"].of("sales") == 270
    assert summary.days[2].total == 270 and summary.days[1].total == 0
    assert [i.description for i in summary.contested] == ["d"]


def test_change_since_the_previous_week():
    before = summarise([Item("a", 60, "sales", "Follow-up")])
    now = summarise([Item("a", 180, "sales", "Follow-up"), Item("b", 30, "marketing", "Blog")])
    delta = change(now, before)
    assert dict(delta.labels) == {"marketing": 30, "sales": 120, "other": 0, "unclassified": 0}
    assert delta.categories == (("marketing", "Blog", 30), ("sales", "Follow-up", 120))


def note_documents(*items):
    return [n.document[:3] for n in notes(summarise(items))]


def test_note_no_marketing():
    assert note_documents(Item("q", 60, "sales", "Follow-up"),
                          Item("c", 60, "sales", "Closing"))[0] == "001"
    first = notes(summarise([Item("q", 60, "sales", "Follow-up")]))[0]
    assert "No time went to marketing" in first.text
    assert not any("No time went to marketing" in n.text for n in notes(summarise(
        [Item("q", 60, "sales", "Follow-up"), Item("m", 10, "marketing", "Blog")])))


def test_note_no_sales():
    texts = [n.text for n in notes(summarise([Item("m", 60, "marketing", "Social media")]))]
    assert any("No time went to sales" in t for t in texts)
    texts = [n.text for n in notes(summarise([Item("m", 60, "marketing", "Social media"),
                                              Item("s", 60, "sales", "Closing")]))]
    assert not any("No time went to sales" in t for t in texts)


def test_note_sales_without_follow_up():
    without = notes(summarise([Item("q", 60, "sales", "Proposals & quotes"),
                               Item("m", 60, "marketing", "Blog")]))
    assert any("no follow-up" in n.text for n in without)
    with_follow_up = notes(summarise([Item("q", 60, "sales", "Proposals & quotes"),
                                      Item("f", 30, "sales", "Follow-up"),
                                      Item("m", 60, "marketing", "Blog")]))
    assert not any("no follow-up" in n.text for n in with_follow_up)


def test_note_cold_leads_without_warm_or_hot_work():
    cold = notes(summarise([Item("m", 60, "marketing", "Direct mail"),
                            Item("s", 30, "sales", "Relationships")]))
    assert any(n.document.startswith("003") and "cold" in n.text for n in cold)
    no_sales = [n.text for n in notes(summarise([Item("m", 60, "marketing", "Direct mail"),
                                                 Item("o", 30, "other", "Finance")]))]
    assert any("No time went to sales" in t for t in no_sales)
    assert not any("cold prospects" in t for t in no_sales)  # one note, not two that clash
    worked = notes(summarise([Item("m", 60, "marketing", "Direct mail"),
                              Item("s", 60, "sales", "Follow-up"),
                              Item("c", 60, "sales", "Closing")]))
    assert not any(n.document.startswith("003") for n in worked)


def test_note_warm_without_closing():
    warm = notes(summarise([Item("m", 60, "marketing", "Blog"),
                            Item("s", 60, "sales", "Follow-up")]))
    assert any("closing strategy" in n.text for n in warm)


def test_note_mostly_other_hats():
    heavy = notes(summarise([Item("o", 300, "other", "Finance"),
                             Item("m", 60, "marketing", "Blog"), Item("s", 60, "sales",
                                                                       "Follow-up")]))
    assert any(n.document.startswith("004") and "72 %" in n.text for n in heavy)
    light = notes(summarise([Item("o", 60, "other", "Finance"),
                             Item("m", 60, "marketing", "Blog"), Item("s", 60, "sales",
                                                                      "Follow-up")]))
    assert not any(n.document.startswith("004") for n in light)
