"""NHS numbers (mod-11 check digit), National Insurance numbers, record numbers."""

import pytest

from sardoc.identify import detect
from sardoc.identify.numbers import nhs_check_digit_ok
from tests.identify.helpers import found


@pytest.mark.parametrize(
    "text", ["943 476 5919", "9434765919", "943-476-5919", "NHS no: 642 869 4212"]
)
def test_nhs_numbers_in_every_layout(text):
    assert len(found(text, "nhs-number")) == 1


@pytest.mark.parametrize("number", ["943 476 5918", "642 869 4215", "123 456 7891", "000 000 0000"])
def test_a_number_failing_the_check_is_not_an_nhs_number(number):
    assert found(f"The form showed {number} as the NHS number.") == []


def test_check_digit_rules():
    assert nhs_check_digit_ok("9434765919")
    assert not nhs_check_digit_ok("9434765918")
    assert not nhs_check_digit_ok("943476591")  # nine digits
    # Weights 10..2: "1" first gives 10, so 11 - 10 = 1.
    assert nhs_check_digit_ok("1000000001")
    # A ninth digit 1 gives 2, so the check digit is 9.
    assert nhs_check_digit_ok("0000000019")
    # 10 + 6*2 = 22, a multiple of 11: 11 - 0 = 11, read as 0.
    assert nhs_check_digit_ok("1000000060")
    # 10 + 1*2 = 12, remainder 1: the check digit would be 10, so no number is valid.
    assert not any(nhs_check_digit_ok("100000001" + d) for d in "0123456789")


def test_nhs_key_is_the_digits():
    (span,) = detect("No 943-476-5919.")
    assert (span.entity, span.key) == ("nhs-number", "9434765919")


@pytest.mark.parametrize(
    "text", ["AB 12 34 56 C", "ab123456c", "JT456712B", "NI number: CE 12 34 56"]
)
def test_ni_numbers(text):
    assert len(found(f"The letter gave {text}.", "ni-number")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "QQ 12 34 56 C",  # HMRC's example: Q is never a first letter
        "TN 12 34 56 B",  # never issued
        "DA 12 34 56 A",  # D is never a first letter
        "AO 12 34 56 A",  # O is never a second letter
        "AB 12 34 56",  # no suffix and no NI cue
    ],
)
def test_invalid_ni_numbers(text):
    assert found(f"The form gave {text}.", "ni-number") == []


@pytest.mark.parametrize(
    "text, ident",
    [
        ("Hospital number RX1234567 was on the letter.", "RX1234567"),
        ("The police gave crime reference 14/123456/23.", "14/123456/23"),
        ("MRN: 00123456; seen in clinic.", "00123456"),
        ("case reference HX-2023-014 was agreed", "HX-2023-014"),
        ("his hospital no. as M0077123.", "M0077123"),
        ("Its reference is OPG/7781/23.", "OPG/7781/23"),
        ("The case number at the coroner's court is 2023-00871.", "2023-00871"),
        ("claim reference PC 5581 2290", "PC 5581 2290"),
        ("Mosaic ID 772134", "772134"),
    ],
)
def test_record_numbers_after_a_cue(text, ident):
    assert found(text, "other-id") == [ident]


@pytest.mark.parametrize(
    "text",
    [
        "The case was referred 3 times in 2023.",
        "See reference 12 in the bibliography.",
        "The hospital number of beds fell by 20.",
        "Case reference: see the minutes of 12/03/2023.",
        # The review's own reference names the review, which every document of the
        # pack gives alike (PACK-001); it is not a person's record.
        "case reference SAR-2023-014 was agreed",
        "Case reference: SAR 2026/04 (Ms K)",
    ],
)
def test_no_record_number_without_one(text):
    assert found(text, "other-id") == []
