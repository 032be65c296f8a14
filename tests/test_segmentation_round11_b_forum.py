"""Round-11 rules for discussion threads (issue 11, clean11b), on invented lines and an invented page."""

from __future__ import annotations

from analysis.segmentation import comments, label_lines


def test_action_rows_close_a_post() -> None:
    assert comments.action_row("Like   Quote   Reply") == "post actions: a row of 3 actions on a forum post or comment"
    assert comments.action_row("Reply With Quote   Like (27)")
    assert comments.action_row("▲ 88 ▼   Reply   Give Award   Share")
    assert comments.action_row("Top")
    # Sharing tools alone close no post; a sentence or a menu of sections is no row of actions.
    assert comments.action_row("Share   Save") is None
    assert comments.action_row("Facebook   Twitter   Email") is None
    assert comments.action_row("Home   World   Reply") is None
    assert comments.action_row("Reply to this letter.") is None


def test_counter_rows_of_a_user_card() -> None:
    assert comments.counter_row("Joined: Oct 2014   Posts: 1,902   Likes: 640")
    assert comments.counter_row("Member since: Sat Apr 02, 2011 6:15 pm")
    assert comments.counter_row("Topic starter gullwing · Started Feb 2, 2021 · Replies: 7 · Views: 388")
    # A label with a value that is not a count or a date, a clock time read as a label, or a sentence: no counter.
    assert comments.counter_row("ALERT: 4 bridges closed after the storm") is None
    assert comments.counter_row("Sunrise 06:41") is None
    assert comments.counter_row("Casualties: 12 people were hurt.") is None
    assert comments.counter_row("Verdict: False") is None


def test_user_stamp() -> None:
    assert comments.user_stamp("u/tide_gauge · 3 hr") == "post header: a user's handle and the post's age"
    assert comments.user_stamp("Posted by u/tide_gauge · 11 hr")
    assert comments.user_stamp("Post by ferry_fan » Mon Mar 01, 2021 7:02 am")
    assert comments.user_stamp("By Jane Roe · 7 hr") is None
    # An agency and an age is a wire stamp, not a user's post.
    assert comments.user_stamp("Harbour Wire · 3 hr") is None


def test_reply_blocks_lie_between_post_rows_below_the_article() -> None:
    texts = [
        "Thread Title",  # 0
        "Joined: May 2010   Posts: 12",  # 1: the first post's card, above the article
        "The article's first paragraph, which says a good deal.",  # 2
        "Like   Quote   Reply",  # 3
        "ferry_fan",  # 4
        "Joined: Jan 2019   Posts: 3",  # 5
        "I agree with every word of it.",  # 6
        "Like   Quote   Reply",  # 7
        "Like   Quote   Reply",  # 8: a block without a card is no reply
    ]
    assert comments.reply_blocks(texts, 2) == [(4, 7)]
    assert comments.reply_blocks(texts, 5) == []


PAGE = """Quayside Forums
Forums   New posts   Members
Forums › Harbours › Ferries
Ferry crews vote to strike over night rotas
norsk_skipper
Joined: Oct 2014   Posts: 1,902   Likes: 640
Pasting the Gazette story for those without a login.
Crews walk out at Kelby ferry terminal
KELBY — Ferry crews at the Kelby terminal voted on Monday to strike for two days next week, their union said.
"The rotas leave crews five hours of sleep between crossings," the union's secretary, Ola Brenna, said.
The ferry operator said it regretted the vote and would keep talking to the union until the last day.
Like   Quote   Reply
gullwing
Joined: Feb 2021   Posts: 77
Five hours is nothing. My cousin works those crossings and says the same.
Like   Quote   Reply
norsk_skipper
Joined: Oct 2014   Posts: 1,902   Likes: 640
They voted the same way in the spring and it was settled within the week.
Like   Quote   Reply
Terms   Privacy   Contact
"""


def test_replies_of_an_invented_thread_are_boilerplate() -> None:
    labelled = {line.text: (kind, reason) for line, kind, reason in label_lines(PAGE)}
    assert labelled["Joined: Oct 2014   Posts: 1,902   Likes: 640"][0] == "boilerplate"
    assert labelled["Like   Quote   Reply"][0] == "boilerplate"
    reply = labelled["Five hours is nothing. My cousin works those crossings and says the same."]
    assert reply[0] == "boilerplate" and reply[1].startswith("reply in a discussion thread")
    assert labelled["They voted the same way in the spring and it was settled within the week."][0] == "boilerplate"
    assert labelled["gullwing"][0] == "boilerplate"
    # The pasted article stays the text.
    assert (
        labelled[
            "The ferry operator said it regretted the vote and would keep talking to the union until the last day."
        ][0]
        == "body"
    )
    assert labelled["Crews walk out at Kelby ferry terminal"][0] in ("headline", "body")


def test_card_lines_above_the_counters() -> None:
    texts = ["Ferry crews vote to strike", "tide_gauge_4", "Senior Member", "Joined: Oct 2014   Posts: 1,902"]
    assert comments.card_lines(texts, 3) == [2, 1]
    # Without a handle, short lines above counters are no card (a headline, a byline).
    assert comments.card_lines(["Ferry strike", "By Ola Brenna", "Views: 3,418"], 2) == []
