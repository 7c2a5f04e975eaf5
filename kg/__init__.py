"""Kaifang KG: knowledge graphs of China's regional opening-up from English news and policy texts.

The package is a pipeline, one module per stage:
corpus -> nlp -> extract -> resolve -> graph -> export / query / viz.
"""

__version__ = "0.1.0"
