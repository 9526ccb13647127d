"""Helpers shared by the exchange format tests (test_exchange_*.py): a minimal case file, building
file bytes from it, and parsing bytes that must be refused."""

from __future__ import annotations

import json

import pytest

from desktop.models.exchange import CaseFileError, case_from_bytes

SOURCE = "incoming/case.json"
MINIMAL = {"format": "rdw-case", "format_version": 1, "id": "case-1", "title": "A case"}


def encode(data) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def with_(**fields) -> bytes:
    return encode({**MINIMAL, **fields})


def parse_error(raw: bytes) -> CaseFileError:
    with pytest.raises(CaseFileError) as info:
        case_from_bytes(raw, SOURCE)
    return info.value
