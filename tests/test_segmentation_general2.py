"""General cues of page cleaning (issue 11, round 9), on invented pages and lines."""

from __future__ import annotations

from analysis.segmentation import prompts, topical_prose
from analysis.segmentation.labelling import label_lines

HEAT_PAGE = """Home | World | Asia

Heatwave grips Sindh as temperatures break records

KARACHI — A heatwave gripped southern Pakistan on Monday, with Sindh hospitals reporting hundreds of heatstroke cases.

Temperatures in Jacobabad reached 51 °C, the highest reading in Sindh since records began, the weather office said.

Doctors urged residents of Jacobabad to stay indoors during the afternoon as the heatwave is expected to last the week.

Stay up to date with our free daily newsletter, delivered to your inbox every morning.

Officials said water tankers would be sent to the worst-hit districts of Sindh.

Related: Why is Sindh so hot, and will Jacobabad heatwaves get worse?

Residents of Jacobabad said the heatwave had emptied the markets of Sindh by noon.
"""


def _kind(raw: str, opening: str) -> str:
    """Return the kind the rules give the one line of ``raw`` that opens with ``opening``."""
    (kind,) = [kind for line, kind, _ in label_lines(raw) if line.text.startswith(opening)]
    return kind


def test_on_topic_prose_between_paragraphs_is_kept_despite_a_pattern() -> None:
    # The temperature pattern (a weather widget) fires on a sentence that goes on with the story.
    assert _kind(HEAT_PAGE, "Temperatures in Jacobabad") == "body"
    assert _kind(HEAT_PAGE, "Doctors urged") == "body"


def test_off_topic_prompt_between_paragraphs_stays_furniture() -> None:
    # The newsletter prompt shares one word ("stay") with its neighbours: not enough.
    assert _kind(HEAT_PAGE, "Stay up to date") == "boilerplate"


def test_teaser_label_overrules_the_topic() -> None:
    # The teaser shares "Sindh", "Jacobabad" and "heatwave", but its label points elsewhere.
    assert _kind(HEAT_PAGE, "Related: Why") == "boilerplate"


def test_on_topic_needs_two_shared_stems() -> None:
    context = topical_prose.context_stems("Heatwave grips Sindh", "Hospitals in Sindh filled.", "Water ran short.")
    assert topical_prose.on_topic("Hospitals across Sindh ran out of beds.", context)
    assert not topical_prose.on_topic("Sign up to our Sindh newsletter today.", context)


def test_teaser_label_shapes() -> None:
    assert topical_prose.teaser_label("Read more: Sindh heatwave explained")
    assert topical_prose.teaser_label("Related Article: What is a heatwave?")
    assert not topical_prose.teaser_label("Officials in Sindh said the heatwave would last: a week at least.")


GAP_PAGE = """Floods cut off Sindh villages as Indus rises

HYDERABAD — Floodwater from the Indus cut off dozens of villages in Sindh on Tuesday, officials said.

Advertisement

Rescuers said the Indus reached 38 °C warm shallows near the flooded villages, where boats could not pass.

Advertisement

Officials in Sindh said boats would reach the flooded villages once the Indus fell.

Most viewed

Villages along the Indus in Sindh recorded 41 °C as the floodwater rose.
"""


def test_paragraph_is_found_across_furniture_lines() -> None:
    # The paragraphs around the misfired line are two lines away, past an advertisement label.
    assert _kind(GAP_PAGE, "Rescuers said the Indus") == "body"


def test_prose_after_the_last_paragraph_is_not_rescued() -> None:
    # On topic, but no paragraph below it: the cue needs paragraphs on both sides.
    assert _kind(GAP_PAGE, "Villages along the Indus") == "boilerplate"


PROMPT_PAGE = """THE HARBOUR GAZETTE
Sign in
Try the Gazette Premium edition free for 14 days
News | Sport | Business

Dockers at Westerhaven vote to strike over pay

WESTERHAVEN — Dockers at the port of Westerhaven voted on Friday to strike over pay, their union said.

The strike would halt container traffic at the port for a week, port officials said.
"""


def test_reader_prompt_above_headline_is_boilerplate() -> None:
    assert _kind(PROMPT_PAGE, "Try the Gazette") == "boilerplate"


def test_menu_button_above_headline_stays_navigation() -> None:
    assert _kind(PROMPT_PAGE, "Sign in") == "navigation"
    assert _kind(PROMPT_PAGE, "News | Sport") == "navigation"


def test_reader_prompt_shapes() -> None:
    assert prompts.reader_prompt("Log in to your Gazette account")
    assert not prompts.reader_prompt("Log in   Sign up")  # four words: a pair of buttons
    assert not prompts.reader_prompt("Subscribe | Log In | e-Edition | Contact Us")  # a menu
    assert not prompts.reader_prompt("Dockers vote to strike over pay at Westerhaven")  # no prompt verb
