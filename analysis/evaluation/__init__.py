"""Evaluation of the extractors against hand-annotated pages (issue 11).

* ``gold``: read and validate the annotated pages of ``tests/gold/pages/`` (format in its README).
* ``metrics``: precision, recall, F1 and bootstrap intervals over pages.
* ``run``: run the pipeline on the pages and score every area (segments, datelines, headlines,
  attributions, speakers, affiliations, modes, label voice); ``python -m analysis evaluate``.
* ``probes``: the pages re-laid out in memory (blank lines, CR LF, indents) with their gold moved along;
  ``python -m analysis evaluate --probe NAME``.
"""
