"""Bringing existing testimonies in: sheets (CSV, XLSX, ODS) and transcripts."""
