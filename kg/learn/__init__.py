"""The learned relation extractor next to the hand rules: candidate pairs in a sentence
(``features``) and across a passage (``passage``), the shipped calibrated model read without
scikit-learn (``model``), training from gold (``train``, ``gold``, ``fit``) and the cross-set
evaluation that decides each relation's mode (``crossset``)."""
