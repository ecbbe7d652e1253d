"""The PySide6 desktop UI: the only package (with reports/pdf.py) that imports Qt."""
