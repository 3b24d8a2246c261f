"""Communique: diplomatic press text in, tidy CSV datasets out."""

__version__ = "0.1.0"
