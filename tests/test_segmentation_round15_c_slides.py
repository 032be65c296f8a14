"""The slides of a photo gallery (issue 11, round 15): counters and controls are furniture, captions captions."""

from analysis.segmentation import slides
from analysis.segmentation.labelling import label_lines

GALLERY = """Harbour Gazette
Home   Local   Sport   Pictures

Flood waters recede in the lower town

The river fell by a metre overnight, and shopkeepers on Quay Street began clearing mud from their floors.

Council engineers said the flood wall held along most of its length.

Frame 1 of 3
A shopkeeper sweeps mud out of a bakery on Quay Street on Saturday morning.
Ruth Okafor for The Harbour Gazette
Back   Forward   Enlarge
Frame 2 of 3
Volunteers fill sandbags outside the fire station.
Ruth Okafor for The Harbour Gazette
Back   Forward   Enlarge
Frame 3 of 3
A boy rides his bicycle through the flooded square beside the town hall.
Ruth Okafor for The Harbour Gazette
Comments (8)
"""


def _kinds(raw: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(raw)}


def test_counters_are_read_with_their_total() -> None:
    assert slides.counter("Frame 2 of 3") == (2, 3)
    assert slides.counter("Bild 4/12") == (4, 12)
    assert slides.counter("7 of 5") is None
    assert slides.counter("Chapter one of the report") is None


def test_a_gallery_needs_two_counters_with_one_total() -> None:
    assert slides.galleries(["1 of 4", "text", "2 of 4", "1 of 9"]) == [[0, 2]]
    assert slides.galleries(["1 of 4", "text", "1 of 9"]) == []


def test_shapes_of_a_slide() -> None:
    assert slides.control_row("Back   Forward   Enlarge")
    assert not slides.control_row("The river fell by a metre overnight.")
    assert slides.credit_shape("Ruth Okafor for The Harbour Gazette")
    assert not slides.credit_shape("Share this picture")
    assert slides.caption_shape("Volunteers fill sandbags outside the fire station.")


def test_a_gallery_on_a_page_is_labelled_slide_by_slide() -> None:
    kinds = _kinds(GALLERY)
    assert kinds["Frame 1 of 3"] == kinds["Frame 3 of 3"] == "boilerplate"
    assert kinds["Back   Forward   Enlarge"] == "boilerplate"
    assert kinds["A shopkeeper sweeps mud out of a bakery on Quay Street on Saturday morning."] == "caption"
    assert kinds["Ruth Okafor for The Harbour Gazette"] == "caption"
    # The last slide, after the last counter, is read as the slides before it were.
    assert kinds["A boy rides his bicycle through the flooded square beside the town hall."] == "caption"
    assert kinds["Council engineers said the flood wall held along most of its length."] == "body"


def test_a_lone_counter_changes_nothing() -> None:
    raw = GALLERY.replace("Frame 2 of 3", "Volunteers").replace("Frame 3 of 3", "Helpers")
    assert slides.galleries([line for line in raw.splitlines() if line]) == []


def test_counters_paragraphs_apart_are_two_carousels_not_a_gallery() -> None:
    texts = ["1 / 5", *[f"Paragraph {n} of the article runs on." for n in range(8)], "2 / 5"]
    assert slides.galleries(texts) == []


TITLED = """Harbour Gazette
Home   Local   Sport   Pictures
In pictures: the lower town clears up after the flood
The river fell by a metre overnight, and shopkeepers on Quay Street began clearing mud from their floors.
Frame 1 of 3
A shopkeeper sweeps mud out of a bakery on Quay Street on Saturday morning.
Frame 2 of 3
Volunteers fill sandbags outside the fire station.
Frame 3 of 3
A boy rides his bicycle through the flooded square beside the town hall.
Gallery: lambing season on the hill farms
"""


def test_a_gallery_page_is_titled_by_the_teaser_above_its_slides() -> None:
    kinds = _kinds(TITLED)
    assert kinds["In pictures: the lower town clears up after the flood"] == "headline"
    # A teaser below the slides links to another gallery.
    assert kinds["Gallery: lambing season on the hill farms"] == "boilerplate"
