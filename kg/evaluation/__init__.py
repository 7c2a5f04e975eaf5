"""Scoring graphs against gold: one set, several sets, facts, per rule; calibrating the
confidence table (the relation model is measured cross-set in kg/evaluation/crossset.py).
"""
