"""Our log-odds z with ``variance="scattertext"`` equals Scattertext's (issue 18).

Two checks: constants that Scattertext 0.2.2 itself computed (``LogOddsRatioUninformativeDirichletPrior
(alpha_w=...).get_zeta_i_j_given_separate_counts(y_i, y_j)``, run in ``.venv-scattertext`` on the counts
below and pasted here), always run; and, when ``.venv-scattertext`` exists (``make bench-scattertext``),
Scattertext run live on a small corpus by ``benchmarks/scattertext_reference.py``, its counts fed to ours.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.vocabulary import log_odds_dirichlet

ROOT = Path(__file__).resolve().parent.parent
SCATTERTEXT_PYTHON = ROOT / ".venv-scattertext" / "bin" / "python"
Y_I = [10.0, 0.0, 3.0, 25.0, 1.0]
Y_J = [2.0, 7.0, 3.0, 30.0, 0.0]
# Computed with scattertext 0.2.2 (numpy of .venv-scattertext) on Y_I, Y_J; not derived by hand or by our code.
SCATTERTEXT_Z = {
    0.01: [2.377276809370975, -0.6654059775963506, 0.09437402048950212, -0.7041666413772808, 0.4690770848481313],
    1.0: [2.297121967404176, -2.0093677316623335, 0.09767215444015521, -0.6759158587583536, 0.6307258255661533],
}


@pytest.mark.parametrize("alpha", sorted(SCATTERTEXT_Z))
def test_scattertext_variance_gives_the_z_scattertext_computed(alpha):
    _, _, z = log_odds_dirichlet(Y_I, Y_J, np.full(len(Y_I), alpha), variance="scattertext")
    np.testing.assert_allclose(z, SCATTERTEXT_Z[alpha], rtol=1e-12, atol=0)
    _, _, monroe = log_odds_dirichlet(Y_I, Y_J, np.full(len(Y_I), alpha))
    assert np.abs(monroe - SCATTERTEXT_Z[alpha]).max() > 0.01  # the default variance is another z


@pytest.mark.skipif(not SCATTERTEXT_PYTHON.exists(), reason="no .venv-scattertext (make bench-scattertext builds it)")
def test_scattertext_run_live_agrees_with_our_z_on_its_counts(tmp_path):
    docs = pd.DataFrame(
        {
            "outlet": ["A", "A", "B", "B", "C", "C"],
            "text": [
                "the council voted to close the library",
                "the mayor said the library would close",
                "residents protested the library closure",
                "protesters gathered outside the council",
                "the budget left the library without funds",
                "the council said funds were short",
            ],
        }
    )
    docs.to_csv(tmp_path / "docs.csv", index=False)
    script = ROOT / "benchmarks" / "scattertext_reference.py"
    subprocess.run(
        [str(SCATTERTEXT_PYTHON), str(script), str(tmp_path / "docs.csv"), str(tmp_path / "z.csv")], check=True
    )
    scores = pd.read_csv(tmp_path / "z.csv", keep_default_na=False)
    assert set(scores["outlet"]) == {"A", "B", "C"} and (scores["y_i"] > 0).any()
    for _, group in scores.groupby("outlet"):
        alpha = np.full(len(group), 0.01)
        _, _, z = log_odds_dirichlet(group["y_i"], group["y_j"], alpha, variance="scattertext")
        np.testing.assert_allclose(z, group["z"], rtol=1e-9, atol=1e-12)
