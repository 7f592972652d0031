"""Quality harness: the matcher and the extractor scored on hand-labelled EN/FR/DE items."""
