"""Bytes in: files, stdin and raw bytes become a :class:`RawPage` (text plus how it was decoded)."""

from newsfacts.sources.raw import RawPage, decode_bytes, load_bytes, load_path, sniff_kind

__all__ = ["RawPage", "decode_bytes", "load_bytes", "load_path", "sniff_kind"]
