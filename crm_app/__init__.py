"""Retain CRM — a desktop CRM for customer retention."""

__version__ = "0.1.0"
