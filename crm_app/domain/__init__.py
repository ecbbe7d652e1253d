"""Plain data classes, enums, validation and normalization shared by every layer (no Qt, no SQL)."""
