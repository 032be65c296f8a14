"""Round-20 resolver rules (issue 11, tuner src20): names a noun for a person introduces, a firm taken up as "the
company", a bloc's word ending a name, the name set off after a description. Each a class, each on invented names
and sentences (no gold page's text)."""

from __future__ import annotations

from analysis import sourcing
from analysis.sourcing.introduced_persons import introduced_person
from conftest import INVENTED_TOP, make_study


def _rows(body: str):
    """Return the attributions of one invented article whose body is ``body`` as it stands."""
    return sourcing.attributions(make_study({"t1": INVENTED_TOP + body + "\n"}, {"t1": "Outlet A"}))


def _by_cue(body: str) -> dict[str, tuple[str, str]]:
    found = _rows(body)
    return dict(zip(found["cue"], zip(found["source"], found["affiliation"], strict=True), strict=True))


def test_a_name_set_beside_a_noun_for_a_person_is_a_persons() -> None:
    raw = "Tomas Vreel, a ferry mechanic who has fixed engines for years, waited. A widow named Orla Penn came."
    assert introduced_person(raw, 0, len("Tomas Vreel"))
    start = raw.index("Orla Penn")
    assert introduced_person(raw, start, start + len("Orla Penn"))
    raw = "The harbour clerk, Baz Quillan, would not say."
    start = raw.index("Baz")
    assert introduced_person(raw, start, start + len("Baz Quillan"))
    # A firm or a place beside its noun is no person.
    raw = "Kelport Marine, a shipping firm, waited. The town of Orrin Vale slept."
    assert not introduced_person(raw, 0, len("Kelport Marine"))
    start = raw.index("Orrin Vale")
    assert not introduced_person(raw, start, start + len("Orrin Vale"))


def test_he_takes_up_a_name_introduced_by_an_occupation() -> None:
    body = (
        "Quillor Baz, a ferry mechanic who has worked the crossing for years, waited on the pier.\n\n"
        'I asked Quillor Baz about the timetable. He shrugged. "The boats come when they come," he said.\n'
    )
    assert _by_cue(body)["said"][0] == "Quillor Baz"


def test_the_company_takes_up_the_firm_named_before() -> None:
    body = (
        "Brannock Ferry Holdings, which bought the crossing last year, wants fewer crews. "
        "The Ferry Workers' Guild says the plan would cut 90 jobs. "
        "The company puts the number at 30.\n"
    )
    assert _by_cue(body)["puts"][0] == "Brannock Ferry Holdings"


def test_a_firm_introduced_by_its_noun_with_an_ampersand_is_taken_up() -> None:
    body = (
        "Officials said the ferry operator, Osk & Western, had sent a crew to the pier. "
        'The company said it was "cooperating fully" with the inquiry.\n'
    )
    last = _rows(body).iloc[-1]
    source, affiliation = last["source"], last["affiliation"]
    assert source == "Osk & Western"
    # "Western" ends the firm's name: no bloc's governments.
    assert affiliation == "unknown"


def test_a_description_speaker_takes_the_name_set_off_after_it() -> None:
    body = (
        "The ferries have not sailed since May, according to the crossing's operator, Brannock Ferry Holdings.\n\n"
        "Her neighbour, retired welder Ossian Tarle, said he had left on Sunday.\n"
    )
    found = _rows(body)
    sources = dict(zip(found["cue"], found["source"], strict=True))
    assert sources["according to"] == "Brannock Ferry Holdings"
    assert sources["said"] == "Ossian Tarle"


def test_a_relative_clause_or_a_place_after_the_description_is_no_name() -> None:
    body = (
        "The ferry activist, who posts from Orrin Vale, wrote that the boats were late.\n\n"
        "The port's operator, the capital, said nothing.\n"
    )
    found = _rows(body)
    assert "Orrin Vale" not in set(found["source"])


def test_a_bare_of_phrase_after_a_name_ties_the_person_to_its_body() -> None:
    body = "Pear growers face the same delays, said Ilan Vosk, of the Chilean Chamber of Orchard Growers.\n"
    found = _rows(body)
    assert (found.iloc[-1]["source"], found.iloc[-1]["affiliation"]) == ("Ilan Vosk", "Chile")


def test_the_centre_takes_up_a_center_named_before() -> None:
    body = (
        "The Russian Center for Ferry Safety said on Monday that the crossing was closed.\n\n"
        "Lt. Col. Piotr Vask, a spokesman for the centre, told reporters the boats would stay in port.\n"
    )
    found = _rows(body)
    assert found.iloc[-1]["affiliation"] == "Russia"


def test_a_bodys_staff_named_through_its_possessive_is_body_and_staff() -> None:
    body = (
        "Brannock Ferry Holdings, which bought the crossing last year, wants fewer crews.\n\n"
        "A 2021 review commissioned by the company's own board found that crews had been cut elsewhere.\n"
    )
    found = _rows(body)
    assert "Brannock Ferry Holdings board" in set(found["source"])


def test_an_unnamed_official_of_a_bare_body_noun_takes_the_bodys_name() -> None:
    body = (
        "The Orrin Ferry Commission said on Monday that the crossing would reopen.\n\n"
        "A senior official of the commission told reporters the boats had been inspected.\n"
    )
    found = _rows(body)
    assert found.iloc[-1]["source"] == "Orrin Ferry Commission official"


def test_officials_of_several_bodies_keep_their_words() -> None:
    body = (
        "The Orrin Ferry Commission said on Monday that the crossing would reopen.\n\n"
        "Harbour and commission officials said the boats had been inspected.\n"
    )
    found = _rows(body)
    assert found.iloc[-1]["source"] != "Orrin Ferry Commission officials"
