"""Comparative media analysis: corpus, cleaning, text layer and analyses."""

__version__ = "0.1.0"
