"""Dates and figures: which day dates which statement, and the statistics a text reports."""
