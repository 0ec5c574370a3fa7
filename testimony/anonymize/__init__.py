"""Anonymization: registered-name matching, unregistered-name detection, redaction, risk."""
