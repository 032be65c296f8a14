"""Round-15 page furniture of a paginated text and the digest rule (issue 11, helper a): invented pages."""

from analysis.segmentation import digest, pagination, segment_article

# An invented agency bulletin, as a PDF's text layer gives it: one line per column line, a contents list
# with dot leaders, a lead story with a desk line and a key-points box, a page break inside a paragraph
# (footnote, running foot, bare page number, running head), then two other items under section heads.
BULLETIN = """\
                        ORAVA NEWS SERVICE
                          MORNING BULLETIN
Wednesday, 3 April 2024
CONTENTS
1. Harbours: ferry crews vote to strike over rosters ............ 1
2. Farming: rye harvest forecast cut again ........................ 2
3. Courts: appeal in bridge tender case set for May ............... 2

HARBOURS
Ferry crews vote to strike over new rosters at Lindmark
ONS harbours desk | Sources: union statement, company briefing

KEY POINTS
• Crews back a 72-hour stoppage from Friday
• Operator says the new rosters meet the legal rest
  periods and will not be withdrawn
LINDMARK, April 2 (ONS) – Ferry crews at Lindmark voted on Tuesday
to strike for three days from Friday in a dispute over new rosters,
the seafarers' union said after counting the ballots.¹
"Nobody asked the crews. The rosters were simply pinned to the wall,"
the union's branch secretary, Ilse Varga, told reporters outside the
terminal. The operator said the rosters met every legal rest period
and would stay in force. About twelve

¹ ONS count of the union's published ballot figures.
ONS Morning Bulletin No. 61 – 3 April 2024
1


ORAVA NEWS SERVICE   MORNING BULLETIN   No. 61          Page 2 of 3
thousand passengers cross on the route each day in the spring, and
coach firms have begun to book places on the longer coastal road.
Varga said the union would meet the operator again on Thursday.
FARMING
Rye harvest forecast cut again
KESSEL, April 2 (ONS) – The farm ministry cut its rye forecast for a
second time on Tuesday after a dry March in the eastern plains.
ONS farming desk | Sources: ministry figures
COURTS
Appeal in bridge tender case set for May
TARNOW, April 2 (ONS) – An appeals court will hear the bridge tender
case on May 14, the court's registry said on Tuesday.
ONS Morning Bulletin No. 61 – 3 April 2024
2
"""


def _texts(raw: str) -> list[str]:
    return [line.strip() for line in raw.splitlines() if line.strip()]


def test_page_furniture_is_told_by_structure() -> None:
    texts = _texts(BULLETIN)
    found = {texts[i] for i in pagination.page_furniture(texts)}
    assert found == {
        "CONTENTS",
        "1. Harbours: ferry crews vote to strike over rosters ............ 1",
        "2. Farming: rye harvest forecast cut again ........................ 2",
        "3. Courts: appeal in bridge tender case set for May ............... 2",
        "¹ ONS count of the union's published ballot figures.",
        "ONS Morning Bulletin No. 61 – 3 April 2024",
        "1",
        "2",
        "ORAVA NEWS SERVICE   MORNING BULLETIN   No. 61          Page 2 of 3",
    }


def test_numbers_that_do_not_count_pages_are_no_furniture() -> None:
    # Two comments' stamps differ in two figures; a score line repeats with a figure that does not count up.
    texts = ["Posted 3 May 2024 at 10:21", "Nice work.", "Posted 4 May 2024 at 11:02", "Score 3", "Score 1"]
    assert pagination.page_numbered_lines(texts) == set()
    # A line opening with a figure is a footnote only when an earlier word carries the figure glued to it.
    assert pagination.footnote_lines(["It cost 4.2 million.", "2 People were hurt."]) == set()
    assert pagination.footnote_lines(["It cost 4.2 million.2", "2 A ministry estimate."]) == {1}
    assert pagination.footnote_lines(["Ships waited since May 20.*", "* A count at dawn."]) == {1}


def test_key_points_box_and_head_of_the_lead_story() -> None:
    texts = [
        "SECTION",
        "Council approves the new tram line after long debate",
        "By Ana Ruiz, city correspondent",
        "Summary",
        "• Work starts in June",
        "• Fares stay the same for",
        "  the first two years",
        "VARNA, May 2 (ONS) – The council approved the line on Tuesday.",
    ]
    assert digest.key_points_box(texts, 7) == (3, 4, 5, 6)
    head = digest.lead_head(texts, digest.Item(None, (7,)), lambda text: len(text.split()) >= 4 and "." not in text)
    assert head == digest.Head(1, (3, 4, 5, 6), desk=2)
    # A digest item's bare title over its dateline paragraph is no article's head.
    assert digest.lead_head(texts[:2] + texts[7:], digest.Item(1, (2,)), lambda text: True) is None


def test_bulletin_keeps_its_lead_story_across_the_page_break() -> None:
    segments = segment_article("bulletin", BULLETIN)
    kinds = dict(zip(segments["text"], segments["kind"], strict=True))
    assert kinds["Ferry crews vote to strike over new rosters at Lindmark"] == "headline"
    assert kinds["KEY POINTS"] == "body"
    assert kinds["periods and will not be withdrawn"] == "body"
    # The paragraph cut by the page break goes on after the running head, as body.
    assert kinds["terminal. The operator said the rosters met every legal rest period"] == "body"
    assert kinds["thousand passengers cross on the route each day in the spring, and"] == "body"
    assert kinds["Varga said the union would meet the operator again on Thursday."] == "body"
    for furniture in (
        "ONS Morning Bulletin No. 61 – 3 April 2024",
        "¹ ONS count of the union's published ballot figures.",
    ):
        assert kinds[furniture] == "boilerplate"
    assert kinds["ONS harbours desk | Sources: union statement, company briefing"] == "boilerplate"
    assert kinds["ORAVA NEWS SERVICE   MORNING BULLETIN   No. 61          Page 2 of 3"] == "boilerplate"
    assert kinds["3. Courts: appeal in bridge tender case set for May ............... 2"] == "boilerplate"
    assert kinds["FARMING"] == kinds["COURTS"] == "navigation"
    assert kinds["Rye harvest forecast cut again"] == "appended"
    assert kinds["case on May 14, the court's registry said on Tuesday."] == "appended"


def test_two_items_make_a_bulletin_only_under_a_head_and_page_breaks() -> None:
    courts = BULLETIN.index("COURTS")
    two_items = BULLETIN[:courts] + BULLETIN[BULLETIN.index("ONS Morning Bulletin No. 61 – 3 April 2024\n2") :]
    kinds = dict(zip(*(segment_article("bulletin", two_items)[c] for c in ("text", "kind")), strict=True))
    assert kinds["Rye harvest forecast cut again"] == "appended"
    assert kinds["Varga said the union would meet the operator again on Thursday."] == "body"
    # With the story's head taken away, two dated items are left to the rules for one article.
    no_head = two_items.replace("KEY POINTS\n", "").replace("• ", "").replace("ONS harbours desk | ", "")
    assert pagination.running_lines(_texts(no_head))
    texts = _texts(no_head)
    opening = next(i for i, text in enumerate(texts) if text.startswith("LINDMARK"))
    assert digest.lead_head(texts, digest.Item(None, (opening,)), lambda text: True) is None


def test_the_lead_item_is_weighed_in_words_of_the_tokens_table() -> None:
    # Dashes and bars set apart by spaces are tokens but no words; a contraction's "'s" is a word token.
    assert digest.words("PORTO – Ships wait | the port's cranes stand idle") == 9
    items = [digest.Item(None, (0,)), digest.Item(None, (1,))]
    texts = ["RIGA – a – b – c – d – e", "TALLINN – Ships wait at the old port"]
    assert digest.lead_item(texts, items) == items[1]


def test_a_credit_at_an_items_foot_is_not_its_text() -> None:
    texts = [
        "RIGA – The port reopened on Monday.",
        "Read more",
        "OSLO – The ferry ran late on Monday.",
        "Read more",
        "BERN – The vote was put off on Monday.",
        "It will be held in June.",
        "© Alpine Wire 2024. Reproduction only with written permission.",
    ]
    items = digest.digest_items(texts, [0, 2, 4], lambda text: text.endswith("."), lambda _: False, lambda _: False)
    assert [item.paragraphs for item in items] == [(0,), (2,), (4, 5)]
