"""Names a court or report gives a person in place of their own: "A protected witness, referred to in court as
Witness A, told the court ..." -> source "Witness A".

Court reports keep protected witnesses and some defendants anonymous and name them by a letter or a label the
court uses. The name follows a lead of ``analysis/data/sourcing_pseudonym_leads.txt`` and "as". It is the
person's name for the rest of the report: the source of the speaker it is apposed to
(:func:`pseudonym_after`), and a person a later "he"/"she" may take up (:func:`after_pseudonym_lead`, read by
:func:`analysis.sourcing.speakers._person_mentions`).
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import read_word_list


@lru_cache(maxsize=1)
def pseudonym_leads() -> tuple[tuple[str, ...], ...]:
    """Return the leads before "as", each as its lower-case words, longest first."""
    leads = {tuple(entry.split()) for entry in read_word_list("sourcing_pseudonym_leads.txt")}
    return tuple(sorted(leads, key=lambda lead: (-len(lead), lead)))


def after_pseudonym_lead(toks: list[dict], i: int) -> bool:
    """Return whether the tokens before ``i`` end in a lead and "as" ("referred to in court as"): the capitalised
    run opening at ``i`` is a name given to a person."""
    if i < 2 or toks[i - 1]["norm"] != "as":
        return False
    norms = tuple(t["norm"] for t in toks[max(0, i - 5) : i - 1])
    return any(norms[-len(lead) :] == lead for lead in pseudonym_leads() if len(lead) <= len(norms))


def pseudonym_after(sentence_toks: list[dict], last: int) -> str:
    """Return the name given to the speaker ending before ``last`` by an apposition ", <lead> as <Name>," ("A
    protected witness, referred to in court as Witness A, told"), else ""."""
    if last >= len(sentence_toks) or sentence_toks[last]["text"] != ",":
        return ""
    k = last + 1
    while k < len(sentence_toks) and sentence_toks[k]["norm"] != "as" and k - last <= 6:
        k += 1
    if k + 1 >= len(sentence_toks) or not after_pseudonym_lead(sentence_toks[: k + 1], k + 1):
        return ""
    if tuple(t["norm"] for t in sentence_toks[last + 1 : k]) not in pseudonym_leads():
        return ""
    end = k + 1
    while end < len(sentence_toks) and sentence_toks[end]["is_word"] and sentence_toks[end]["text"][:1].isupper():
        end += 1
    return " ".join(t["text"] for t in sentence_toks[k + 1 : end]) if end > k + 1 else ""
