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
