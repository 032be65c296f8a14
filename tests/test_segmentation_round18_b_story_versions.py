"""Round 18 (issue 11): stories that carry their own history and structure, on invented text.

Version prefixes and desk alerts (:mod:`analysis.segmentation.story_versions`), an earlier version kept below
the latest, a story glued under a boundary label, and an explainer's question headline and fact boxes
(:mod:`analysis.segmentation.explainers`).
"""

from __future__ import annotations

from analysis.segmentation import explainers, story_versions
from analysis.segmentation.labelling import label_lines


def kinds_of(raw: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(raw)}


def test_version_prefixes_are_read_and_stripped() -> None:
    assert story_versions.versioned("UPDATE 3-Ferry operator halts crossings after hull crack")
    assert story_versions.versioned("RPT-CORRECTED-Orchard growers sue over frost insurance")
    assert story_versions.versioned("WRAPUP 2-Heavy snow shuts mountain passes")
    assert not story_versions.versioned("Update on the ferry crossings")
    assert not story_versions.versioned("UPDATE - ferry crossings")
    unversioned = story_versions.unversioned("REFILE-UPDATE 1-Ferry operator halts crossings")
    assert unversioned == "Ferry operator halts crossings"


def test_desk_alerts_with_and_without_a_terminal_stamp() -> None:
    assert story_versions.desk_alert("URGENT: Ferry crossings halted after hull crack - operator")
    assert story_versions.desk_alert("*FLASH*  FERRY OPERATOR HALTS ALL CROSSINGS")
    assert story_versions.desk_alert("04-Feb-2025 11:20:05  UPDATE 1-Ferry operator halts crossings")
    assert story_versions.desk_alert("2025-02-04 11:20  URGENT: Ferry crossings halted")
    assert not story_versions.desk_alert("04-Feb-2025 11:20:05  Ferry operator halts crossings")
    assert not story_versions.desk_alert("Urgent repairs close the harbour bridge")


def test_an_alert_inside_the_text_is_left_to_the_text() -> None:
    texts = [
        "URGENT: Ferry crossings halted",
        "The ferry operator halted all crossings on Tuesday after a crack was found in a hull.",
        "BREAKING: Harbour board says the port stays open to freight",
    ]
    labels: dict[int, tuple[str, str]] = {}
    story_versions.label_alerts(texts, labels, lambda text: text.endswith("."))
    assert list(labels) == [0]


VERSIONED_PAGE = "\n".join(
    [
        "Harbour Wire",
        "Home   Markets   World   Sign in",
        "05-Feb-2025 08:01:10  URGENT: Ferry crossings halted after hull crack",
        "05-Feb-2025 08:40:44  UPDATE 1-Ferry operator halts crossings",
        "UPDATE 2-Ferry operator halts crossings; island shops run short of milk",
        "05-Feb-2025 10:02:13  HW  [hwFERRY22]",
        "(Adds island council comment in paragraph 4)",
        "By Ilse Marwick",
        (
            "PORT AVEN, Feb 5 (Harbour Wire) - The island ferry operator halted all crossings on "
            "Wednesday after inspectors found a crack in the hull of its only car ferry, leaving about "
            "3,000 residents without a road link."
        ),
        (
            '"We will not sail a ship we cannot trust," the operator\'s marine director, Pavel Orrin, '
            "told reporters at the quay."
        ),
        (
            "Shops on the island were running short of milk and bread by the afternoon, the island "
            "council said, and asked the operator to charter a replacement vessel."
        ),
        "The operator said a replacement could not arrive before Friday.",
        "(Reporting by Ilse Marwick; Editing by Tomas Brede)",
        "Earlier version",
        "Ferry operator halts crossings; island shops run short of milk",
        "05-Feb-2025 08:40:44",
        (
            "PORT AVEN, Feb 5 (Harbour Wire) - The island ferry operator halted all crossings on "
            "Wednesday after inspectors found a crack in the hull of its car ferry."
        ),
        (
            '"We will not sail a ship we cannot trust," the operator\'s marine director, Pavel Orrin, '
            "told reporters at the quay."
        ),
        "(c) Copyright Harbour Wire 2025. All rights reserved.",
        "",
    ]
)


def test_a_versioned_headline_under_terminal_alerts_and_an_earlier_version_below() -> None:
    kinds = kinds_of(VERSIONED_PAGE)
    assert kinds["UPDATE 2-Ferry operator halts crossings; island shops run short of milk"] == "headline"
    assert kinds["05-Feb-2025 08:01:10  URGENT: Ferry crossings halted after hull crack"] == "boilerplate"
    assert kinds["05-Feb-2025 08:40:44  UPDATE 1-Ferry operator halts crossings"] == "boilerplate"
    assert kinds["Ferry operator halts crossings; island shops run short of milk"] == "duplicate"
    earlier = [line for line in VERSIONED_PAGE.splitlines() if line.endswith("hull of its car ferry.")]
    assert kinds[earlier[0]] == "duplicate"
    assert kinds["The operator said a replacement could not arrive before Friday."] == "body"


def test_a_paragraph_of_other_words_below_the_text_is_no_earlier_version() -> None:
    texts = ["Headline", "The ferry operator halted all crossings on Wednesday after a crack.", "Footer"]
    texts.append("Sign up to our newsletter for the day's main stories from the islands and the coast.")
    kinds = {0: "headline", 1: "body", 2: "boilerplate", 3: "boilerplate"}
    assert story_versions.earlier_version(texts, kinds, 0) == {}


BOUNDARY_PAGE = "\n".join(
    [
        "Coast Alerts",
        "Ferry operator halts crossings after hull crack",
        (
            "PORT AVEN, Feb 5 (Harbour Wire) - The island ferry operator halted all crossings on "
            "Wednesday after inspectors found a crack in a hull."
        ),
        "Shops on the island were running short of milk and bread by the afternoon, the island council said.",
        "The operator said a replacement could not arrive before Friday, and apologised to residents.",
        "Also in this alert",
        "Orchard growers sue insurer over frost payouts",
        (
            "Fruit growers in the valley sued their insurer on Wednesday over payouts for last "
            "spring's frost, their association said."
        ),
        "Manage your alerts | Unsubscribe",
        "",
    ]
)


def test_a_story_under_a_boundary_label_is_appended() -> None:
    kinds = kinds_of(BOUNDARY_PAGE)
    assert kinds["Orchard growers sue insurer over frost payouts"] == "appended"
    assert kinds[BOUNDARY_PAGE.splitlines()[7]] == "appended"
    assert kinds[BOUNDARY_PAGE.splitlines()[3]] == "body"
    assert story_versions.boundary_label("ALSO IN TODAY'S BRIEF")
    assert not story_versions.boundary_label("Also included in the package are two ferries")


def test_a_clip_under_up_next_between_paragraphs_is_no_appended_story() -> None:
    def title(text: str) -> bool:
        return len(text.split()) >= 3 and not text.endswith(".")

    def prose(text: str) -> bool:
        return text.endswith(".")

    tail = ["Up next", "Ferry fares to rise in April", "Fares rise by six percent.", "Read more", "Snow in the north"]
    tail += ["Forecasters expect snow by Friday."]
    kinds = {0: "body", 1: "boilerplate", 2: "boilerplate", 3: "boilerplate", 4: "boilerplate"}
    texts = ["The article's last paragraph.", *tail]
    assert story_versions.story_after_boundary(texts, kinds, title, prose) == [2, 3, 5, 6]
    # The article goes on below the clip: the title under the label is no second story.
    texts = ["The article's paragraph.", "Up next", "Ferry fares to rise in April", "A paragraph.", "Ad", "More text."]
    kinds = {0: "body", 1: "boilerplate", 2: "boilerplate", 3: "body", 4: "boilerplate", 5: "body"}
    assert story_versions.story_after_boundary(texts, kinds, title, prose) == []


def test_question_titles_of_explainers() -> None:
    assert explainers.question_title("Explainer: Why are the island's ferries so old?")
    assert explainers.question_title("Q&A: Who pays when a ferry breaks down?")
    assert not explainers.question_title("Q: Who pays when a ferry breaks down?")
    assert not explainers.question_title("Why are the ferries so old?")
    assert not explainers.question_title("Council: The ferries are old. Who will pay?")


EXPLAINER_PAGE = "\n".join(
    [
        "Island Radio",
        "Explainer: Why are the island's ferries breaking down?",
        "By Noor Haddou",
        "The island's only car ferry was taken out of service on Wednesday, the third breakdown this winter.",
        "Here is what we know about the fleet and what happens next.",
        "How old are the ferries?",
        "The car ferry was built in 1986 and the passenger boat in 1991, the operator says.",
        "Timeline",
        "3 Dec – Engine fault strands 200 passengers",
        "19 Jan – Ramp fails at Port Aven",
        "5 Feb – Hull crack found during inspection",
        "Glossary",
        "Dry dock: a basin drained of water so that a ship's hull can be repaired.",
        "What we know",
        "• The operator has asked for a replacement vessel.",
        "• Crossings will not resume before Friday.",
        "The council will meet the operator on Thursday to discuss a charter, its leader said.",
        "Key facts",
        "Tap to expand",
        "",
    ]
)


def test_an_explainer_question_headline_and_its_fact_boxes() -> None:
    kinds = kinds_of(EXPLAINER_PAGE)
    assert kinds["Explainer: Why are the island's ferries breaking down?"] == "headline"
    for text in ("Timeline", "3 Dec – Engine fault strands 200 passengers", "Glossary", "What we know"):
        assert kinds[text] == "body", text
    assert kinds["Dry dock: a basin drained of water so that a ship's hull can be repaired."] == "body"
    assert kinds["• Crossings will not resume before Friday."] == "body"


def test_box_items_and_labels() -> None:
    assert explainers.box_label("What we don’t know:")
    assert not explainers.box_label("What we know about the ferries")
    assert explainers.box_item("Feb. 28, 11:52 p.m. – Ferry leaves Port Aven")
    assert explainers.box_item("12 March 2019 – Ferry enters service")
    assert explainers.box_item("- Crossings suspended")
    assert not explainers.box_item("The ferry left Port Aven at noon.")
    # A collapsed box ("Key facts" over a control) has no items: it is left alone.
    assert explainers.fact_boxes(["Text.", "Key facts", "Tap to expand"], {0: "body", 1: "boilerplate"}) == {}


def test_a_reader_form_below_an_explainer_is_furniture() -> None:
    assert explainers.form_fields("Your name   Your email   Your question")
    assert explainers.form_fields("Name | Location | Submit")
    assert not explainers.form_fields("News   Sport   Weather")
    assert explainers.reader_invitation("Got a question about the ferries? Send it to us.")
    assert explainers.reader_invitation("Send us your questions about the island's budget")
    assert not explainers.reader_invitation("The council said residents could send it to us by post, the clerk said.")
    texts = ["The council will meet on Thursday.", "Curious about the ferries? Send it to us", "Name   Email"]
    assert set(explainers.reader_form_lines(texts, {0: "body", 1: "body", 2: "navigation"})) == {1, 2}


def test_version_and_correction_notes() -> None:
    assert story_versions.version_note("(Adds island council comment in paragraph 4)")
    assert story_versions.version_note("(Refiles to fix typo in headline)")
    assert story_versions.version_note("(CORRECTS spelling of the harbour master's name)")
    assert not story_versions.version_note("(Additional reporting by Ilse Marwick)")
    assert not story_versions.version_note("(Adds nothing to the debate, the mayor said.")
    labels: dict[int, tuple[str, str]] = {}
    texts = ["The ferry operator halted all crossings on Tuesday.", "(Updates with the operator's statement)"]
    story_versions.label_alerts(texts, labels, lambda text: text.endswith("."))
    assert list(labels) == [1]
