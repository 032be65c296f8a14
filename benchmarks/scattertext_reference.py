"""Scattertext reference for `python -m analysis bench --scattertext PYTHON`.

Runs in its own environment (Scattertext 0.2.2 needs scipy < 1.14, older than this project's pin):
`make bench-scattertext` creates `.venv-scattertext` and passes its interpreter. Reads the body texts
the benchmark wrote (CSV: outlet, text), builds a Scattertext corpus and scores every outlet against
the rest with the log-odds ratio with a Dirichlet prior, timing both steps. Writes the unigram counts
and z-scores (CSV) and prints the timings as JSON on the last line.
"""

import json
import sys
import time

import numpy as np
import pandas as pd
import scattertext as st
from scattertext.termsignificance import LogOddsRatioUninformativeDirichletPrior

ALPHA = 0.01  # constant pseudo-count per term; the benchmark uses the same prior on its side


def main(docs_csv: str, out_csv: str) -> None:
    docs = pd.read_csv(docs_csv, keep_default_na=False)
    start, cpu_start = time.perf_counter(), time.process_time()
    corpus = st.CorpusFromPandas(docs, category_col="outlet", text_col="text", nlp=st.whitespace_nlp_with_sentences).build()
    built = time.perf_counter()
    counts = corpus.get_term_freq_df()
    counts = counts[~counts.index.str.contains(" ")]  # unigrams: the benchmark compares words
    scorer = LogOddsRatioUninformativeDirichletPrior(alpha_w=ALPHA)
    frames = []
    for column in counts.columns:
        y_i = counts[column].to_numpy(dtype=float)
        y_j = counts.drop(columns=column).sum(axis=1).to_numpy(dtype=float)
        z = scorer.get_zeta_i_j_given_separate_counts(y_i, y_j)
        frames.append(pd.DataFrame({"term": counts.index, "outlet": column.removesuffix(" freq"), "y_i": y_i, "y_j": y_j, "z": z}))
    scored, cpu_scored = time.perf_counter(), time.process_time()
    pd.concat(frames).to_csv(out_csv, index=False)
    print(json.dumps({"build_seconds": built - start, "score_seconds": scored - built, "cpu_seconds": cpu_scored - cpu_start, "terms": int(len(counts)), "alpha": ALPHA, "numpy": np.__version__}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
