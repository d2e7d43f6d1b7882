"""A real browser (Debian's Chromium, driven by Playwright) doing what an owner does."""

from pathlib import Path

from playwright.sync_api import expect

TEN_LINES = """Mon 1.5h Anna: posted the new menu on Instagram
tue 45m called back the wedding-expo lead
Fri 2:30 payroll
Wed 90 min - Ben - f/u w/ Jenkins re: quote
Thu 1h Anna: Mailchimp newsletter
Thu 30m ordered flour from the mill
Mon 2h Ben: quote for the Harlow wedding cake
Tue 1h repaired the walk-in cooler door
Sat 3h farmers market booth
Sun 20m zzz qqq"""


def test_owner_pastes_a_week_reads_why_corrects_and_finds_it_after_reload(server, page,
                                                                        tmp_path):
    server, _ = server
    page.goto(server + "/")
    page.get_by_role("link", name="Start a week").first.click()
    page.get_by_label("Any day of the week").fill("2025-03-05")
    page.get_by_label("Business name (optional)").fill("Rosie's Bakery")
    page.get_by_role("button", name="Start").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Rosie's Bakery: Week of 3 Mar 2025")

    page.get_by_role("link", name="Paste many lines at once").click()
    page.get_by_label("One activity per line").fill(TEN_LINES)
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_text("Understood: 10 lines (nothing saved yet)")).to_be_visible()
    page.get_by_role("button", name="Save 10 activities").click()

    expect(page.get_by_role("heading", name="Activities (10)")).to_be_visible()
    expect(page.get_by_text("1 activity needs you")).to_be_visible()
    newsletter = page.locator("li.activity", has_text="Mailchimp newsletter")
    expect(newsletter.locator(".label")).to_have_text("marketing")
    newsletter.locator("summary").click()
    expect(newsletter.locator("mark").first).to_be_visible()
    expect(newsletter.get_by_text("Decided by")).to_be_visible()

    flour = page.locator("li.activity", has_text="ordered flour from the mill")
    flour.locator("summary").click()
    flour.get_by_label("Label").select_option("sales")
    flour.get_by_label("Why (optional)").fill("a wholesale customer order")
    flour.get_by_role("button", name="Save correction").click()
    page.screenshot(path=str(tmp_path / "week.png"), full_page=True)

    page.reload()
    flour = page.locator("li.activity", has_text="ordered flour from the mill")
    expect(flour.locator(".tag .label")).to_have_text("sales")
    expect(flour.get_by_text("rules said other")).to_be_visible()
    expect(page.locator("li.activity")).to_have_count(10)


def test_keyboard_only_entry_keeps_the_cursor_on_the_entry_line(server, page):
    server, _ = server
    page.goto(server + "/weeks/new")
    page.get_by_label("Any day of the week").fill("2025-03-05")
    page.keyboard.press("Enter")
    expect(page.get_by_label("What was done")).to_be_focused()
    page.keyboard.type("posted flyers at the library")
    page.keyboard.press("Tab")
    page.keyboard.type("45m")
    page.keyboard.press("Enter")
    expect(page.get_by_label("What was done")).to_be_focused()
    expect(page.locator("li.activity")).to_have_count(1)
    expect(page.locator("li.activity .label")).to_have_text("marketing")


def start_week(page, server):
    """Start the week of 5 March 2025 from the form."""
    page.goto(server + "/weeks/new")
    page.get_by_label("Any day of the week").fill("2025-03-05")
    page.get_by_role("button", name="Start").click()


def test_owner_imports_a_toggl_export(server, page):
    server, _ = server
    start_week(page, server)
    page.get_by_role("link", name="Import a time-tracker export or calendar").click()
    toggl = Path(__file__).parent / "data" / "imports" / "toggl.csv"
    page.get_by_label("A CSV export").set_input_files(str(toggl))
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import preview: Toggl Track")
    expect(page.locator(".counts")).to_contain_text("3 new")
    expect(page.locator(".counts")).to_contain_text("1 outside")
    page.get_by_role("button", name="Import 3 activities").click()
    expect(page.get_by_role("heading", name="Activities (3)")).to_be_visible()
    row = page.locator("li.activity", has_text="Follow up with Jenkins")
    expect(row.locator(".tag .label")).to_have_text("sales")


def test_owner_teaches_a_word_and_both_activities_follow(server, page):
    server, _ = server
    start_week(page, server)
    for line, when in (("Gatorbox proofs for spring", "1h"), ("call with Gatorbox rep", "30m")):
        page.get_by_label("What was done").fill(line)
        page.get_by_label("How long").fill(when)
        page.get_by_role("button", name="Add").click()
    proofs = page.locator("li.activity", has_text="Gatorbox proofs for spring")
    expect(proofs.locator(".tag .label")).to_have_text("unclassified")
    proofs.locator("summary").click()
    proofs.get_by_role("link", name="Teach Hatcheck this one (write a rule)").click()

    page.get_by_label("Words or phrases").fill("Gatorbox")
    page.get_by_label("Tag matching activities as").select_option("marketing")
    page.get_by_label("Category").fill("Direct mail")
    page.get_by_label("Why, in your words").fill("Gatorbox is our coupon mailer")
    page.get_by_role("button", name="Preview what it changes").click()
    expect(page.get_by_text("2 activities in your weeks would change")).to_be_visible()
    page.get_by_role("button", name="Save the rule").click()

    page.goto(server + "/weeks/1")
    for line in ("Gatorbox proofs for spring", "call with Gatorbox rep"):
        row = page.locator("li.activity", has_text=line)
        expect(row.locator(".tag .label")).to_have_text("marketing")
    rep = page.locator("li.activity", has_text="call with Gatorbox rep")
    rep.locator("summary").click()
    expect(rep.get_by_text("Your rule “my-gatorbox”")).to_be_visible()


def test_a_new_owner_creates_the_first_account_logs_out_and_back_in(server, chromium,
                                                                    tmp_path):
    server, _ = server
    page = chromium.new_page(viewport={"width": 1100, "height": 900})
    page.goto(server + "/weeks/new")
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome to Hatcheck")
    page.get_by_label("Email").fill("rosie@example.com")
    page.get_by_label("Password (8 characters or more)").fill("flour")
    page.get_by_label("The same password again").fill("flour")
    page.get_by_role("button", name="Create the account").click()
    expect(page.get_by_text("A password has 8 to 200 characters.")).to_be_visible()
    page.get_by_label("Password (8 characters or more)").fill("flour and eggs")
    page.get_by_label("The same password again").fill("flour and eggs")
    page.get_by_role("button", name="Create the account").click()
    expect(page.get_by_role("link", name="rosie@example.com")).to_be_visible()
    page.screenshot(path=str(tmp_path / "first-account.png"))

    page.get_by_role("button", name="Log out").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Log in")
    page.goto(server + "/rules")
    page.get_by_label("Email").fill("rosie@example.com")
    page.get_by_label("Password").fill("flour and eggs")
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(server + "/rules")

    page.get_by_role("link", name="rosie@example.com").click()
    page.get_by_label("What the token is for").fill("Zapier")
    page.get_by_role("button", name="Make a token").click()
    token = page.locator("#new-token").inner_text()
    page.screenshot(path=str(tmp_path / "settings.png"), full_page=True)
    assert len(token) >= 40
    answer = page.request.get(server + "/api/weeks", headers={"Authorization": f"Bearer {token}"})
    assert answer.status == 200 and answer.json() == {"weeks": []}
