"""Reproducible demo business: `crm-app demo`. Bulk-generated with numpy, bulk-loaded (no ORM objects)."""
