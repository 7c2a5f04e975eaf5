"""Learned relations next to the hand rules: candidate pairs (``features``), the shipped
logistic-regression model (``model``), training from gold (``train``, ``gold``) and k-fold
cross-validation of rules-only against rules+model (``crossval``)."""
