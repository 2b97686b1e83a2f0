"""A block of contact details: a contact detail and no full stop at the end."""

import pytest

from sardoc.rules.textutil import is_contact_block


@pytest.mark.parametrize(
    "text",
    [
        "Safeguarding team Telephone 01632 960 205 Email sab@example.org",
        "Review Team Telephone: 01632 960 214 (Monday to Friday, 9am to 5pm) E-mail: t@example.org",
        "Online www.example.gov.uk/safeguarding",
    ],
)
def test_contact_blocks(text):
    assert is_contact_block(text)


@pytest.mark.parametrize(
    "text",
    [
        "You can phone us on 01632 960 205 or email us at sab@example.org.",
        "The review took longer than planned because records were missing",
        "Ask us for this leaflet in another format?",
    ],
)
def test_prose_is_not_a_contact_block(text):
    assert not is_contact_block(text)
