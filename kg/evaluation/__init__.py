"""Scoring graphs against gold: one set, several sets, facts, per rule; calibrating the
confidence table and cross-validating the relation model.
"""
