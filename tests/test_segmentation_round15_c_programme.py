"""The furniture of an audio programme's page (issue 11, round 15): player, credits, chapters, stage cues."""

from analysis.segmentation import programme
from analysis.segmentation.labelling import label_lines

EPISODE = """Riverside Radio
Home   News   Shows   Podcasts

The Valley Hour: why the ferry stopped running

The ferry across the estuary stopped on Monday after the operator said the landing stage was unsafe.

Commuters now drive forty minutes round the head of the estuary, and shop owners on the south bank say trade has halved.

Stream on Podbay   Castmill   Tunewire
Rate 1.5x   Loudness   Save audio
Presented by Gwen Lloyd. Produced by Owen Price and Mari Evans. Sound: Dylan Hughes.

Chapter list
00:00 Cold open
03:20 The landing stage
09:45 What the council knew
15:10 When will it sail again?

Transcript
GWEN LLOYD: The ferry has crossed this estuary for ninety years, and on Monday it stopped.
[APPLAUSE]
GWEN LLOYD: The operator says the timbers of the landing stage have rotted through.
"""


def _kinds(raw: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(raw)}


def test_stage_cues_are_a_few_words_in_brackets() -> None:
    assert programme.stage_cue("[APPLAUSE]")
    assert programme.stage_cue("[closing theme]")
    assert programme.stage_cue("[Editor's note: the council has since replied.]") is None
    assert programme.stage_cue("A line with [APPLAUSE] inside it.") is None


def test_chapters_need_a_run_with_rising_time_codes() -> None:
    run = ["00:00 Cold open", "03:20 The landing stage", "(09:45) What the council knew"]
    assert programme.chapter_lists(run) == [0, 1, 2]
    assert programme.chapter_lists(run[:2]) == []
    assert programme.chapter_lists([run[1], run[0], run[2]]) == []
    # A turn of a transcript opened by its time code is a sentence, no chapter.
    assert programme.chapter("[00:27] GWEN LLOYD: The ferry stopped on Monday.") is None


def test_credits_are_fields_of_a_role_and_a_name() -> None:
    assert programme.credit_roll("Editor: Sian Morgan. Music: Harbour Lights Studio.")
    assert programme.credit_roll("Hosted by Gwen Lloyd. Produced by Owen Price for Riverside Radio.")
    assert programme.credit_roll("Editor: Sian Morgan.") is None
    assert programme.credit_roll("Council: the ferry will run again. Operator: it will not sail this year.") is None


def test_player_and_platform_rows() -> None:
    assert programme.player_row("Rate 1.5x   Loudness   Save audio")
    assert programme.player_row("0:00 / 31:12   Share")
    assert programme.player_row("Stream on Podbay   Castmill   Tunewire")
    assert programme.player_row("Home   News   Shows   Podcasts") is None


def test_an_episode_page_keeps_its_text_and_drops_its_furniture() -> None:
    kinds = _kinds(EPISODE)
    for line in (
        "Stream on Podbay   Castmill   Tunewire",
        "Rate 1.5x   Loudness   Save audio",
        "Presented by Gwen Lloyd. Produced by Owen Price and Mari Evans. Sound: Dylan Hughes.",
        "03:20 The landing stage",
        "15:10 When will it sail again?",
        "[APPLAUSE]",
    ):
        assert kinds[line] == "boilerplate", line
    assert kinds["GWEN LLOYD: The operator says the timbers of the landing stage have rotted through."] == "body"
    assert kinds["Home   News   Shows   Podcasts"] == "navigation"
