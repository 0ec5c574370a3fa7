"""Petition bundles: what a coordinator sends to a UN special procedure."""
