"""A saved e-mail (issue 11, round 15): header fields, a forwarded or quoted message, the list's notice."""

from analysis.segmentation import mail
from analysis.segmentation.labelling import label_lines, split_lines

FORWARDED = """From: Ola Nordby <o.nordby@uni-example.org>
Date: Mon, 2 May 2022 08:14:00 +0200
Subject: Fwd: Valley Wire: dam operator opens spillways
To: Kari Dahl <k.dahl@uni-example.org>

Kari,
for the reservoir file.
Ola

-----Original Message-----
From: Valley Wire <wire@valleywire.example>
Date: Mon, May 2, 2022 at 7:50 AM
Subject: Valley Wire: dam operator opens spillways
To: <list@valleywire.example>

HOLMDAL, May 2 (VW) — The operator of the Holmdal dam opened two spillways on Monday after a week of
heavy rain raised the reservoir to within a metre of its crest, the regional water board said.

Residents of three villages below the dam were told to move cars and livestock to higher ground.

You are receiving this alert because you subscribed to Valley Wire bulletins.
"""

QUOTED = """On Tue, 3 May 2022 at 09:00, Kari Dahl <k.dahl@uni-example.org> wrote:
> Thanks, filed.
>
> HOLMDAL, May 2 (VW) — The operator of the Holmdal dam opened two spillways
> on Monday after a week of heavy rain, the regional water board said.
>
> Residents of three villages below the dam were told to move cars and
> livestock to higher ground.
"""


def _kinds(raw: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(raw)}


def test_a_header_is_a_run_of_fields_with_a_subject_and_an_address() -> None:
    texts = ["From: Desk <desk@example.org>", "To: Me <me@example.org>", "Subject: Floods", "Text of it."]
    assert mail.header_lines(texts) == [0, 1, 2]
    # A press release's contact block has fields and an address, but no subject.
    assert mail.header_lines(["Contact: Jo Roe", "Email: jo@example.org", "Phone: 555 0100"]) == []
    assert mail.header_lines(["---------- Forwarded message ---------"]) == [0]


def test_a_forwarded_alert_keeps_its_text_and_is_titled_by_its_subject() -> None:
    kinds = _kinds(FORWARDED)
    assert kinds["Subject: Fwd: Valley Wire: dam operator opens spillways"] == "boilerplate"
    assert kinds["for the reservoir file."] == "boilerplate"
    assert kinds["-----Original Message-----"] == "boilerplate"
    # The alert prints no title of its own: the forwarded message's subject is the headline.
    assert kinds["Subject: Valley Wire: dam operator opens spillways"] == "headline"
    assert kinds[
        "Residents of three villages below the dam were told to move cars and livestock to higher ground."
    ] == ("body")
    assert kinds["You are receiving this alert because you subscribed to Valley Wire bulletins."] == "boilerplate"


def test_quoted_lines_are_read_after_their_markers() -> None:
    lines = split_lines(QUOTED)
    texts = [line.text for line in lines]
    assert "on Monday after a week of heavy rain, the regional water board said." in texts
    # The offsets still point into the raw text, after the marker.
    assert all(QUOTED[line.start : line.end] == line.text for line in lines)
    # A line of markers only separates the quoted paragraphs as a blank line would.
    first, second = (
        texts.index("> HOLMDAL, May 2 (VW) — The operator of the Holmdal dam opened two spillways"[2:]),
        texts.index("Residents of three villages below the dam were told to move cars and"),
    )
    assert lines[first].block != lines[second].block


def test_a_quoted_message_keeps_its_paragraphs_as_body() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(QUOTED)}
    assert kinds["livestock to higher ground."] == "body"
    assert kinds[">"] == "boilerplate"


WRAPPED_COLON = """Valley Wire alert

Dam operator opens spillways at Holmdal

HOLMDAL, May 2 (VW) — The operator of the Holmdal dam opened two spillways on Monday after heavy rain.

The regional water board said in a notice to residents of the valley
on Monday:

"Water levels below the dam will rise by up to half a metre during the night. Keep away from the banks."

Residents of three villages below the dam were told to move cars and livestock to higher ground.
"""


def test_the_wrapped_end_of_an_introduction_stays_with_its_paragraph() -> None:
    kinds = _kinds(WRAPPED_COLON)
    assert kinds["on Monday:"] == "body"
    quoted = QUOTED.replace(
        "> HOLMDAL", '> The board said in a notice to residents of the valley\n> on Monday:\n>\n> "Keep'
    )
    assert {line.text: kind for line, kind, _ in label_lines(quoted)}["on Monday:"] == "body"
