"""Round-15 rules of issue 11 (helper b) for an episode page: the episode title under a show's follow button is
the headline, not that button's standfirst; named speakers' turns with time codes are no datelines. Invented."""

from __future__ import annotations

from analysis.segmentation import segment_article
from analysis.segmentation.dateline_grammar import opens_turn, turn_labels
from analysis.segmentation.headline_overlap import chrome_over_title, summary_stems

PAGE = "\n".join(
    [
        "PodHarbour",
        "Discover   Charts   Log in",
        "Harbour Matters: The Coastal Podcast",
        "by Coastline Media",
        "Follow   ★★★★☆ 4.4 (96 ratings)",
        "Tarvik closes its harbour as the storm season begins",
        "Nov 3, 2020 · 21 min · Episode 88",
        "Episode description",
        "The harbour of Tarvik closed to all shipping on Sunday as the first storm of the season reached the coast.",
        "We hear from the harbour master about the closure and from fishing crews who hauled their boats out.",
        "Transcript",
        "Ida Berg (00:00): Good morning. The harbour of Tarvik closed on Sunday and it may stay closed all week.",
        "Ida Berg (00:40): With me is the harbour master, Jon Lund. Jon, why close the whole harbour?",
        "Jon Lund (00:52): Because the outer quay moved in the last storm, and I will not risk a ship on it.",
        "Ida Berg (01:30): How long will it stay closed?",
        "",
    ]
)


def test_the_episode_title_under_a_follow_button_is_the_headline_and_turns_are_no_datelines() -> None:
    segments = segment_article("a", PAGE)
    assert segments[segments["kind"] == "headline"]["text"].tolist() == [
        "Tarvik closes its harbour as the storm season begins"
    ]
    assert segments[segments["kind"] == "dateline"].empty


def test_chrome_over_title_needs_an_upper_line_sharing_nothing_and_no_better_rival() -> None:
    summary = summary_stems(["The harbour of Tarvik closed to all shipping on Sunday as the storm reached the coast."])
    title = "Tarvik closes its harbour as the storm season begins"
    assert chrome_over_title("Follow   ★★★★☆ 4.4 (96 ratings)", title, [], summary)
    assert not chrome_over_title("Storm over Tarvik", title, [], summary)
    assert not chrome_over_title("Follow", title, ["Storm closes Tarvik harbour to all shipping on Sunday"], summary)


def test_named_speakers_with_time_codes_are_turn_labels() -> None:
    texts = ["Ida Berg (00:00): Hello.", "Jon Lund (00:52): Yes.", "Ida Berg (01:30): Why?", "Ida Berg (02:10): So?"]
    turns = turn_labels(texts)
    assert "ida berg" in turns
    assert opens_turn("Ida Berg (01:30):", turns)
    assert not opens_turn("TARVIK (CW):", turns)
