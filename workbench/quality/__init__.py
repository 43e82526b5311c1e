"""Quality scores: MT metrics through sacrebleu, alignment F1, QA checks."""
