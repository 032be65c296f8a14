"""Round-10 line rules of issue 11, on invented lines (none copied from the gold pages)."""

from __future__ import annotations

from analysis.segmentation import rules


def test_two_time_stamps_on_one_line() -> None:
    double = "Monday, 8 January 2024 9:14 AM  [ Last Update: Monday, 8 January 2024 11:02 AM ]"
    assert rules.timestamp_line(double) == "time stamp: only numbers and date or time words"
    assert rules.timestamp_line("Published Wed 3 Apr 2024 07.15 CEST | Updated Wed 3 Apr 2024 19.40 CEST")
    # A word that is no date word, or a sentence, keeps the line out.
    assert rules.timestamp_line("Monday, 8 January 2024 9:14 AM  [ Ferries: Monday, 8 January 2024 11:02 AM ]") is None
    assert rules.timestamp_line("The board met on Monday, 8 January 2024 at 9:14 AM.") is None


def test_by_phrase_and_bullets_in_a_byline_with_a_stamp() -> None:
    reason = "byline: names and a time stamp joined by a separator"
    assert rules.byline_with_timestamp("Story by Harbour Wire • 7h • 2 min read") == reason
    assert rules.byline_with_timestamp("Words by Marta Lind • 08.01.2024 • 5 min read") == reason
    assert rules.timestamp_line("7h") == "time stamp: only numbers and date or time words"
    # A headline with "by" in it, or lower-case words among the names, is no byline.
    assert rules.byline_with_timestamp("Ferries cut by half • 2 min read") is None
    assert rules.byline_with_timestamp("Story by the harbour desk • 7h") is None
