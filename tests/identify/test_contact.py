"""Telephone numbers in every common form (drama ranges included) and e-mail addresses."""

import pytest

from sardoc.identify import detect
from tests.identify.helpers import found


@pytest.mark.parametrize(
    "number, key",
    [
        ("01632 960123", "01632960123"),  # Ofcom drama range
        ("(0113) 496 0123", "01134960123"),
        ("0113 496 0123", "01134960123"),
        ("020 7946 0123", "02079460123"),
        ("020-7946-0123", "02079460123"),
        ("07700 900123", "07700900123"),
        ("07700900123", "07700900123"),
        ("07700 900 123", "07700900123"),
        ("+44 (0)20 7946 0123", "02079460123"),
        ("+44 7700 900456", "07700900456"),
        ("+447700900321", "07700900321"),
        ("0044 113 496 0555", "01134960555"),
        ("028 9649 6123", "02896496123"),
        ("0808 157 0192", "08081570192"),
    ],
)
def test_uk_phone_numbers(number, key):
    # Given as someone's own number: a service's line (0808, 03) is not personal.
    spans = [s for s in detect(f"Her mobile said {number} today.") if s.entity == "phone"]
    assert [(s.text, s.key) for s in spans] == [(number, key)]


def test_trailing_numbers_are_not_swallowed():
    assert found("Call 01632 960123 12 March.", "phone") == ["01632 960123"]


@pytest.mark.parametrize(
    "text",
    [
        "There were 12 calls and 45 visits in 2023.",
        "The period 01/02/2023 to 28/02/2023.",
        "NHS number 943 476 5919.",
        "A total of 1 234 567 890 pounds.",
        "Call 0113 496.",  # too short
    ],
)
def test_not_phone_numbers(text):
    assert found(text, "phone") == []


def test_emails():
    spans = [s for s in detect("Write to jane.hughes@example.org or J.Hughes@nhs.example.com.")]
    assert [(s.text, s.key) for s in spans] == [
        ("jane.hughes@example.org", "jane.hughes@example.org"),
        ("J.Hughes@nhs.example.com", "j.hughes@nhs.example.com"),
    ]
    assert all(s.entity == "email" for s in spans)


def test_not_emails():
    assert found("The GP e-mailed the team @ 10am about the plan.", "email") == []
