"""The study's findings, computed: each a sentence, a chart and evidence lines.

Every statement is built from the analysis tables of the corpus at hand (so it
stays true for another corpus), and every evidence line is a sentence of an
article with its offsets. Interpretation and limits are written by people, in
the findings notebook; this module only states what the tables show.
"""

from __future__ import annotations

import html

import pandas as pd

from . import framing, reuse, sourcing, vocabulary
from .codebook_coverage import coverage_caveats
from .reuse.views import ITEMS as REUSE_ITEMS
from .reuse.views import body_mentions
from .study import Study
from .voices import NARRATION

EVIDENCE_COLUMNS = ["article_id", "outlet", "start", "end", "text", "why"]
EVIDENCE_PER_OUTLET = 2


def _sentence_of(study: Study, article_id: str, start: int) -> tuple[int, int, str]:
    """Return the body sentence (or headline) containing offset ``start``."""
    sentences = study.sentences[
        (study.sentences["article_id"] == article_id)
        & (study.sentences["start"] <= start)
        & (study.sentences["end"] > start)
    ]
    if len(sentences):
        row = sentences.iloc[0]
        return int(row["start"]), int(row["end"]), row["text"]
    segments = study.segments[
        (study.segments["article_id"] == article_id)
        & (study.segments["start"] <= start)
        & (study.segments["end"] > start)
    ]
    row = segments.iloc[0]
    return int(row["start"]), int(row["end"]), row["text"]


def _evidence(study: Study, hits: pd.DataFrame, why: str, per_outlet: int = EVIDENCE_PER_OUTLET) -> pd.DataFrame:
    """Return up to ``per_outlet`` distinct sentences per outlet containing the hits (article_id, start)."""
    outlets = study.outlet_of()
    rows, seen = [], set()
    taken: dict[str, int] = {}
    for article_id, start, detail in zip(
        hits["article_id"], hits["start"], hits.get("detail", pd.Series([""] * len(hits), index=hits.index))
    ):
        outlet = outlets.get(article_id)
        if outlet is None or taken.get(outlet, 0) >= per_outlet:
            continue
        s_start, s_end, text = _sentence_of(study, article_id, int(start))
        if (article_id, s_start) in seen:
            continue
        seen.add((article_id, s_start))
        taken[outlet] = taken.get(outlet, 0) + 1
        rows.append((article_id, outlet, s_start, s_end, text, f"{why}: {detail}" if detail else why))
    return pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)


def _join(parts: list[str]) -> str:
    return "; ".join(parts) + "."


def labelling_finding(study: Study) -> dict:
    """Which label category each outlet gives, in its own words, to the actors outlets label differently.

    "Own words" is the outlet's narration only (:mod:`analysis.voices`): labels inside quotation marks
    and in the paraphrased content of attributions are the sources', so they are left out.
    """
    # Body text only, like the label chart (headlines are a finding of their own).
    mentions = framing.with_outlet(study, framing.mentions(study))
    own = mentions[
        (mentions["part"] == "body") & (mentions["voice"] == NARRATION) & (mentions["label_category"] != "country_name")
    ]
    counts = own.groupby(["actor", "outlet", "label_category"], as_index=False).size()
    # All categories tied for the most mentions are the outlet's commonest labels.
    top = counts[counts["size"] == counts.groupby(["actor", "outlet"])["size"].transform("max")]
    top_sets = top.groupby(["actor", "outlet"])["label_category"].agg(lambda c: tuple(sorted(c)))
    outlets_per_actor = top_sets.reset_index().groupby("actor")["outlet"].nunique()
    differing = top_sets.reset_index().groupby("actor")["label_category"].nunique()
    totals = counts.groupby("actor")["size"].sum()
    actors = [
        a
        for a in totals.sort_values(ascending=False, kind="stable").index
        if outlets_per_actor.get(a, 0) > 1 and differing.get(a, 0) > 1
    ][:2]
    parts = []
    for actor in actors:
        described = []
        for outlet in sorted(top.loc[top["actor"] == actor, "outlet"].unique()):
            categories = top_sets[(actor, outlet)]
            size = int(top[(top["actor"] == actor) & (top["outlet"] == outlet)]["size"].iat[0])
            total = int(counts[(counts["actor"] == actor) & (counts["outlet"] == outlet)]["size"].sum())
            names = " / ".join(c.replace("_", " ") for c in categories)
            each = " each" if len(categories) > 1 else ""
            described.append(f"{outlet} mostly {names} ({size}{each} of {total})")
        parts.append(f"{actor}: " + ", ".join(described))
    statement = (
        "In their own narration (body text, quotation and paraphrase left out), the outlets label the same actors "
        "differently. " + _join(parts)
        if parts
        else "No actor is labelled differently by different outlets in their own narration."
    )
    hits = own[own["actor"].isin(actors)].merge(
        top[["actor", "outlet", "label_category"]], on=["actor", "outlet", "label_category"]
    )
    hits = hits.assign(detail=hits["text"] + " (" + hits["label_category"] + ")").sort_values(
        ["outlet", "article_id", "start"], kind="stable"
    )
    return {
        "id": "labels",
        "title": "The labels each outlet gives the same actors",
        "statement": statement,
        "figure": "framing_actor_labels",
        "evidence": _evidence(study, hits, "label"),
    }


def _headline_how(row) -> str:
    """Return how one headline presents what it reports: stated as fact, or attributed (to whom, where, how)."""
    if row.attribution == "asserted":
        return "states it as fact"
    verb = f", {row.verb!r}" if row.verb else ""
    return f"attributes it to {row.attributed_to or 'a source'} ({row.placement}, {row.device}{verb})"


def headline_finding(study: Study) -> dict:
    """How each outlet's headlines present what they report: asserted or attributed, where, with which device.

    One clause per outlet (its headlines counted, each way of presenting them with its number), so the
    statement stays one sentence per outlet however many articles the corpus holds.
    """
    heads = framing.headlines(study)
    outlets = study.outlet_of()
    heads = heads.assign(outlet=heads["article_id"].map(outlets).fillna(heads["article_id"]))
    parts = []
    for outlet, group in heads.groupby("outlet", sort=True):
        ways = pd.Series([_headline_how(row) for row in group.itertuples()]).value_counts()
        # Commonest way first, ties in alphabetical order, so the sentence is the same on every run.
        ranked = sorted(ways.items(), key=lambda item: (-item[1], item[0]))
        if len(group) == 1:
            parts.append(f"{outlet}'s headline {ranked[0][0]}")
        else:
            parts.append(f"{outlet}, {len(group)} headlines: " + ", ".join(f"{n} {how}" for how, n in ranked))
    evidence = pd.DataFrame(
        [(r.article_id, r.outlet, int(r.start), int(r.end), r.text, "headline") for r in heads.itertuples()],
        columns=EVIDENCE_COLUMNS,
    )
    return {
        "id": "headlines",
        "title": "Headlines: stated as fact or attributed",
        "statement": "How each outlet's headlines present what they report: " + _join(parts),
        "figure": None,
        "evidence": evidence,
    }


def _source_detail(attributions: pd.DataFrame) -> pd.Series:
    """Return each attribution's resolved source, and the speaker as written when it does not name it ("He")."""
    source = attributions["source"].fillna("")
    written = attributions["speaker_text"].fillna("").str.strip()
    names_it = pd.Series([s.casefold() in w.casefold() for s, w in zip(source, written)], index=source.index)
    shown = source.replace("", "source unknown")
    return shown.where(names_it | (written == ""), shown + " (written: " + written + ")")


def quoting_finding(study: Study, attributions: pd.DataFrame) -> dict:
    """How each outlet reports speech: the share of direct, mixed and indirect attributions."""
    profile = sourcing.outlet_profile(attributions, sorted(set(study.outlet_of().values())))
    parts = []
    for row in profile.itertuples():
        shares = {"direct": row.share_direct, "partly quoted": row.share_mixed, "paraphrased": row.share_indirect}
        main = max(shares, key=lambda k: (shares[k], k))
        parts.append(
            f"{row.outlet}: {row.attributions} attributions, {shares[main]:.0%} {main}, "
            f"{row.quoted_words} words inside quotation marks"
        )
    hits = attributions.assign(detail=attributions["mode"] + " · " + _source_detail(attributions))
    hits = hits.sort_values(["outlet", "mode", "article_id", "start"], kind="stable").drop_duplicates(
        ["outlet", "mode"]
    )
    return {
        "id": "quoting",
        "title": "Quoting or paraphrasing",
        "statement": "How speech is reported: " + _join(parts),
        "figure": "sourcing_modes",
        "evidence": _evidence(study, hits, "attribution", per_outlet=3),
    }


def voices_finding(study: Study, attributions: pd.DataFrame) -> dict:
    """Whose words fill each outlet's attributions, by side of the story."""
    sides = (
        sourcing.by_affiliation(attributions, study.codebooks)
        .groupby(["outlet", "side"], as_index=False)["content_words"]
        .sum()
    )
    sides["share"] = sides["content_words"] / sides.groupby("outlet")["content_words"].transform("sum")
    parts = []
    for outlet, group in sides.groupby("outlet", sort=True):
        ranked = group.sort_values(["share", "side"], ascending=[False, True]).head(2)
        parts.append(f"{outlet}: " + ", ".join(f"{r.side} {r.share:.0%}" for r in ranked.itertuples()))
    top_side = sides.sort_values(["share", "side"], ascending=[False, True])
    hits = attributions.merge(top_side.drop_duplicates("outlet")[["outlet", "side"]], on=["outlet", "side"])
    hits = hits.assign(detail=hits["source"].fillna("") + " (" + hits["side"] + ")").sort_values(
        ["outlet", "article_id", "start"], kind="stable"
    )
    return {
        "id": "voices",
        "title": "Whose words",
        "statement": "Share of attributed words by side of the story: " + _join(parts),
        "figure": "sourcing_who_speaks",
        "evidence": _evidence(study, hits, "source"),
    }


STANCE_LABELS = {
    "distancing": "distancing verbs (claim, allege)",
    "scare_quote": "scare quotes",
    "so_called": "'so-called'",
    "evaluative": "evaluative words",
    "event_agent": "events named with their perpetrator",
    "event_hedged": "events hedged ('suspected', 'apparent')",
    "hedge": "hedges",
    "booster": "boosters",
}
STANCE_KINDS = tuple(STANCE_LABELS)


def stance_finding(study: Study) -> dict:
    """Which stance markers each outlet uses in its own words (narration only), per 1,000 words of narration."""
    table = framing.stance(study)
    rates = framing.rates_per_1000(study, table)
    own = rates[(rates["voice"] == NARRATION) & rates["kind"].isin(STANCE_KINDS)]
    spread = (
        own.groupby("kind")["per_1000_words"]
        .agg(lambda v: v.max() - v.min())
        .sort_values(ascending=False, kind="stable")
    )
    kinds = [k for k in spread.index if spread[k] > 0][:3]
    parts = []
    for kind in kinds:
        values = own[own["kind"] == kind].sort_values("outlet")
        parts.append(
            f"{STANCE_LABELS[kind]}: "
            + ", ".join(f"{r.outlet} {r.count} ({r.per_1000_words:.1f} per 1,000 words)" for r in values.itertuples())
        )
    outlets = study.outlet_of()
    hits = table[(table["voice"] == NARRATION) & table["kind"].isin(kinds)].copy()
    hits["outlet"] = hits["article_id"].map(outlets)
    hits["rank"] = hits["kind"].map({kind: i for i, kind in enumerate(kinds)})
    hits = hits.assign(detail=hits["kind"] + " · " + hits["text"]).sort_values(
        ["outlet", "rank", "article_id", "start"], kind="stable"
    )
    statement = (
        "Stance in the outlets' own narration (quotation and paraphrase left out), largest differences first: "
        + _join(parts)
        if parts
        else "No stance marker differs between outlets."
    )
    return {
        "id": "stance",
        "title": "Distance and judgement in the outlet's own narration",
        "statement": statement,
        "figure": "framing_stance_rates",
        "evidence": _evidence(study, hits, "stance"),
    }


def vocabulary_finding(study: Study, top: int = 3) -> dict:
    """Each outlet's most distinctive content words (Fightin' Words z, one outlet against the rest).

    Whether any of them is significant is judged after correcting for the many words tested:
    Benjamini-Hochberg q-values (``keyness``'s ``q_value``) below ``vocabulary.Q_LEVEL``, never a
    z = 1.96 line. Words are ranked by z, never by %DIFF.
    """
    tokens = vocabulary.term_tokens(study)
    numbers = vocabulary.number_tokens(study)
    table = vocabulary.keyness(tokens, voices=("all",), modes=("one_vs_rest",), numbers=numbers)
    table = table[~table["is_stopword"] & (table["target_count"] >= 2)]
    level = vocabulary.Q_LEVEL
    parts, hits = [], []
    index = vocabulary.kwic_index(study)  # built once for all the concordance look-ups below
    for outlet, group in table.groupby("target", sort=True):
        best = group.sort_values(["z", "term"], ascending=[False, True]).head(top)
        parts.append(
            f"{outlet}: "
            + ", ".join(
                f"'{r.term}' ({r.target_count} vs {r.reference_count}, z = {r.z:.2f}, q = {r.q_value:.2f})"
                for r in best.itertuples()
            )
        )
        for term in best["term"]:
            lines = vocabulary.kwic(study, term, index=index)
            lines = lines[lines["outlet"] == outlet].head(1)
            hits += [(r.article_id, r.start, f"'{term}'") for r in lines.itertuples()]
    significant = table[(table["q_value"] < level) & (table["z"] > 0)]
    caveat = (
        f" None is significant after correcting for the words tested (Benjamini-Hochberg q < {level:g})."
        if significant.empty
        else f" Significant after correcting for the words tested (q < {level:g}): "
        + _join([f"{outlet}: {', '.join(sorted(g['term']))}" for outlet, g in significant.groupby("target")])
    )
    statement = "Most distinctive words (more frequent in one outlet than in the others): " + _join(parts) + caveat
    hits_frame = pd.DataFrame(hits, columns=["article_id", "start", "detail"])
    return {
        "id": "vocabulary",
        "title": "Distinctive vocabulary",
        "statement": statement,
        "figure": "vocabulary_fightin_words",
        "evidence": _evidence(study, hits_frame, "keyword", per_outlet=top),
    }


def context_finding(study: Study) -> dict:
    """Which background topics take the largest share of each outlet's sentences."""
    summary = framing.context_summary(study)
    parts = []
    for outlet, group in summary.groupby("outlet", sort=True):
        ranked = group.sort_values(["share_of_sentences", "topic"], ascending=[False, True]).head(2)
        parts.append(
            f"{outlet}: "
            + ", ".join(f"{r.topic.replace('_', ' ')} {r.share_of_sentences:.0%}" for r in ranked.itertuples())
        )
    table = framing.context(study)
    top_topics = summary.sort_values(["share_of_sentences", "topic"], ascending=[False, True]).drop_duplicates(
        "outlet"
    )[["outlet", "topic"]]
    table = table.assign(outlet=table["article_id"].map(study.outlet_of())).merge(top_topics, on=["outlet", "topic"])
    hits = table.assign(detail=table["topic"]).sort_values(["outlet", "article_id", "start"], kind="stable")
    return {
        "id": "context",
        "title": "Which background each outlet selects",
        "statement": "Background topics with the largest share of sentences: " + _join(parts),
        "figure": "framing_context_topics",
        "evidence": _evidence(study, hits, "topic"),
    }


def _top_labels(counts: pd.DataFrame) -> dict[tuple[str, str], str]:
    """Return (outlet, actor) -> the commonest label categories of a ``label_counts`` table's narration ("a / b")."""
    own = counts[(counts["voice"] == NARRATION) & (counts["label_category"] != "country_name")]
    top = own[own["mentions"] == own.groupby(["outlet", "actor"])["mentions"].transform("max")]
    joined = top.groupby(["outlet", "actor"], sort=True)["label_category"].agg(lambda c: " / ".join(sorted(c)))
    return {key: value.replace("_", " ") for key, value in joined.items()}


def _reuse_origin_parts(study: Study, found: dict[str, pd.DataFrame], attributions: pd.DataFrame) -> list[str]:
    """Return, per outlet with reused words, its reused words, labels and attributions, and the narration
    labels whose commonest category changes when only the outlet's original text is counted."""
    table, differences = found["reuse"], found["reuse_differences"]
    mentions = body_mentions(study)
    origin = reuse.origin_counts(study, table, differences, mentions=mentions, attributions=attributions)
    every = origin[origin["voice"] == "all"].set_index(["outlet", "item", "origin"])["count"]
    before = _top_labels(framing.label_counts(study, mentions))
    after = _top_labels(reuse.label_counts_by_origin(study, table, differences, mentions=mentions))
    parts = []
    for outlet in sorted(set(study.outlet_of().values())):
        if every[(outlet, "words", "reused")] == 0:
            continue
        totals = {item: every[(outlet, item, "reused")] + every[(outlet, item, "original")] for item in REUSE_ITEMS}
        counts = [f"{every[(outlet, item, 'reused')]} of {totals[item]} {item}" for item in REUSE_ITEMS]
        changed = [
            f"{actor} {label} → {after.get((o, actor), 'none')}"
            for (o, actor), label in before.items()
            if o == outlet and after.get((o, actor)) != label
        ]
        parts.append(
            f"{outlet} {', '.join(counts)}; on its original text "
            + (
                f"the commonest narration label changes ({'; '.join(changed)})"
                if changed
                else "the commonest narration labels stay the same"
            )
        )
    return parts


def reuse_finding(study: Study, attributions: pd.DataFrame) -> dict:
    """Which outlets reprint whom, how much of each outlet's words is reused, and whether its counts on its
    original text differ (:mod:`analysis.reuse`; original vs reused text: :mod:`analysis.reuse.views`).

    Reused means found in an article of another outlet published on an earlier date; where the
    corpus has no shared passage, the statement says so.
    """
    found = reuse.detection_tables(study)
    table = found["reuse"]
    taken = table[table["other_order"] == "earlier"]
    outlets = study.outlet_of()
    finding = {"id": "reuse", "title": "Reprinted text: which words are the outlet's own", "figure": "reuse_matrix"}
    if taken.empty:
        shared = (
            f"{len(table) // 2} shared passage(s), none of them in an article published on an earlier date"
            if len(table)
            else "no passage of body text shared between outlets"
        )
        statement = (
            f"Text reuse: {len(outlets)} articles from {len(set(outlets.values()))} outlets compared, {shared}, so "
            "no count here is split into original and reused text. Only reuse between articles of the corpus can be "
            "found: copy taken from a wire story that is not in the corpus counts as the outlet's own."
        )
        return {**finding, "statement": statement, "evidence": pd.DataFrame(columns=EVIDENCE_COLUMNS)}
    matrix = reuse.outlet_matrix(study, table)
    matrix = matrix[matrix["reused_words"] > 0].sort_values(
        ["share", "outlet", "other_outlet"], ascending=[False, True, True], kind="stable"
    )
    reprints = [
        f"{r.outlet} reprints {r.other_outlet} ({r.share:.0%} of its body words, {r.reused_words} of {r.body_words}; "
        f"{r.articles_reusing} of {r.articles} articles)"
        for r in matrix.itertuples()
    ]
    statement = (
        "Text reuse (words found in an earlier article of another outlet): "
        + _join(reprints)
        + " Counted as reused (words an outlet changed inside a reprint count as its own): "
        + _join(_reuse_origin_parts(study, found, attributions))
    )
    hits = taken.assign(
        detail="found in " + taken["other_article_id"] + " (" + taken["other_outlet"] + "), " + taken["kind"]
    )
    return {
        **finding,
        "statement": statement,
        "evidence": _evidence(study, hits.sort_values(["outlet", "article_id", "start"], kind="stable"), "reprinted"),
    }


def findings(study: Study) -> list[dict]:
    """Return every finding: id, title, statement, figure (name in figures/ or None), evidence table."""
    # The attributions found when the study's voices were assigned, so findings and voices agree.
    attributions = sourcing.attributions(study) if study.attributions is None else study.attributions
    return [
        headline_finding(study),
        labelling_finding(study),
        voices_finding(study, attributions),
        quoting_finding(study, attributions),
        stance_finding(study),
        vocabulary_finding(study),
        context_finding(study),
        reuse_finding(study, attributions),
    ]


def evidence_html(evidence: pd.DataFrame) -> str:
    """Return evidence lines as an HTML list; article text is escaped."""
    items = "".join(
        f"<li><b>{html.escape(row.outlet)}</b> <span style='color:#666'>"
        f"({html.escape(row.article_id)} {row.start}–{row.end}, {html.escape(row.why)})</span><br>"
        f"<i>{html.escape(row.text)}</i></li>"
        for row in evidence.itertuples()
    )
    return f"<ul style='line-height:1.4'>{items}</ul>"


def corpus_description(study: Study) -> list[str]:
    """Return one line per outlet: articles, country, type, event dates, and how sure the outlet is."""
    primary = study.articles[study.articles["role"] == "primary"]
    lines = []
    for outlet, group in primary.groupby("outlet", sort=True):
        dates = sorted(d for d in group["event_date"] if d)
        when = (
            f"events of {dates[0]}" + (f" to {dates[-1]}" if dates[-1] != dates[0] else "")
            if dates
            else "event dates unknown"
        )
        sureness = ", ".join(sorted(set(group["outlet_confidence"]) - {""})) or "unknown"
        countries = "; ".join(sorted(set(group["outlet_country"]) - {""})) or "country unknown"
        types = "; ".join(sorted(set(group["outlet_type"]) - {""})) or "type unknown"
        lines.append(f"{outlet} ({countries}; {types}): {len(group)} article(s), {when}; outlet {sureness}")
    return lines


def corpus_caveats(study: Study) -> list[str]:
    """Return the limits that follow from the corpus itself: its size, its dates, uncertain outlets, and an
    actors codebook that covers little of it."""
    primary = study.articles[study.articles["role"] == "primary"]
    per_outlet = primary.groupby("outlet").size()
    caveats = []
    if per_outlet.max() <= 3:
        caveats.append(
            f"At most {per_outlet.max()} article(s) per outlet: a case study. The differences describe these texts; "
            "they do not estimate how any outlet reports in general, and no test of significance can make them do so."
        )
    dates = sorted(pd.to_datetime(d) for d in primary["event_date"] if d)
    if len(dates) > 1:
        months = (dates[-1].year - dates[0].year) * 12 + dates[-1].month - dates[0].month
        caveats.append(
            f"The events reported span {months} months ({dates[0].date()} to {dates[-1].date()}): "
            "some differences may follow from the events and their moment rather than from the outlets."
        )
    attributed = sorted(set(primary.loc[primary["outlet_confidence"] != "named", "outlet"]))
    if attributed:
        caveats.append(
            f"Outlet not named in the page, only attributed: {', '.join(attributed)}. "
            "Findings about it inherit that uncertainty."
        )
    appended = study.articles[study.articles["role"] == "appended"]
    if len(appended):
        stories = "story" if len(appended) == 1 else "stories"
        caveats.append(
            f"{len(appended)} unrelated {stories} glued onto a page by the scrape found and left out of every count."
        )
    return caveats + coverage_caveats(study)
