"""The cheap tests in front of the line rules of channel_posts keep the lines the rules accept.

Each gate is a condition every accepted line meets; these lines sit at its edges (separators first,
counts last, a symbol before the first word)."""

from __future__ import annotations

from analysis.segmentation import channel_posts


def test_counter_line_gate_keeps_counters_behind_separators() -> None:
    assert channel_posts.counter_line("· 186K subscribers · 2.1K photos")
    assert channel_posts.counter_line("71\u202f903 members | 44 files")
    assert channel_posts.counter_line("18.9K")
    # One character no counter or separator holds (a capital, a colon) rules the line out.
    assert channel_posts.counter_line("186K Subscribers · 2.1K photos") is None
    assert channel_posts.counter_line("186K subscribers: 2.1K photos") is None


def test_post_stamp_and_reaction_row_gates() -> None:
    assert channel_posts.post_stamp("edited 9:05 · 14.2K views")
    assert channel_posts.post_stamp("14.2K views · 9.05") is None
    assert channel_posts.reaction_row("   ❤️ 1.2K  👍 88")
    assert channel_posts.reaction_row("_ 12") is None
