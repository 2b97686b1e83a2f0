"""Every rule kind declares what it reads, for the places that sort kinds by it."""

from __future__ import annotations

import pytest

from sardoc.rules.registry import KINDS, READS


@pytest.mark.parametrize("name", sorted(KINDS))
def test_every_kind_declares_what_it_reads(name):
    assert getattr(KINDS[name], "READS", None) in READS, f"{name}: set READS to one of {READS}"


def test_only_content_kinds_are_left_out_of_prose():
    assert {n for n in KINDS if KINDS[n].READS == "content"} == {
        "required_field",
        "process",
        "action_plan",
    }
