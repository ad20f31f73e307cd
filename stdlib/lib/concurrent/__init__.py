"""Packages for concurrent execution (ophis: ``concurrent.futures``)."""
