"""Postcodes, street addresses and named care settings (wards, homes, hospitals, GPs)."""

import pytest

from tests.identify.helpers import found


@pytest.mark.parametrize(
    "code", ["NR1 2AB", "sw1a 1aa", "SW1A 1AA", "M1 1AE", "NF104QX", "B12 9QT"]
)
def test_postcodes_in_any_case(code):
    assert found(f"She moved to {code} last year.", "postcode") == [code]


@pytest.mark.parametrize(
    "text", ["The M25 and the A1 were closed.", "Step 1 2nd visit.", "Ward 7B", "COVID19 wave"]
)
def test_not_postcodes(text):
    assert found(text, "postcode") == []


@pytest.mark.parametrize(
    "text, address",
    [
        ("Adult A lived at Flat 3, 22 Mill Lane.", "Flat 3, 22 Mill Lane"),
        ("The police attended 14 Elm Road.", "14 Elm Road"),
        ("Crew attended 27 Beech Grove after a fall.", "27 Beech Grove"),
        ("Post to Apartment 14, Riverside Quay please.", "Apartment 14, Riverside Quay"),
        (
            "A tenancy at Flat 4B, Kingfisher House, 18 Canal Street from 2016.",
            "Flat 4B, Kingfisher House, 18 Canal Street",
        ),
        ("She lived on Mill Lane for years.", "Mill Lane"),
        ("The house, Rose Cottage, was cold.", "Rose Cottage"),
        ("5a Holly Bank reported shouting.", "5a Holly Bank"),
    ],
)
def test_addresses(text, address):
    assert found(text, "address") == [address]


@pytest.mark.parametrize(
    "text",
    [
        "Adult A lived in a ground-floor flat rented from a housing association.",
        "The road to the village was closed by snow.",
        "She shopped on the High Street.",
        "The Court of Protection made an order.",
    ],
)
def test_not_addresses(text):
    assert found(text, "address") == []


@pytest.mark.parametrize(
    "text, setting",
    [
        ("Adult A moved to Oakwood Care Home in May.", "Oakwood Care Home"),
        ("She was admitted to St Mary's Hospital.", "St Mary's Hospital"),
        ("Her GP at Elm Tree Surgery referred her.", "Elm Tree Surgery"),
        ("Seen at Riverside Medical Centre.", "Riverside Medical Centre"),
        ("Registered with Northgate Medical Group.", "Northgate Medical Group"),
        ("She was cared for on Kestrel Ward.", "Kestrel Ward"),
        ("She was moved to Ward 7B overnight.", "Ward 7B"),
        ("Respite at Willow Lodge was arranged.", "Willow Lodge"),
        ("During Christmas Oakwood Nursing Home called.", "Oakwood Nursing Home"),
    ],
)
def test_named_care_settings(text, setting):
    assert found(text, "care-setting") == [setting]


@pytest.mark.parametrize(
    "text",
    [
        "She was admitted to the acute hospital and seen in the Memory Clinic.",
        "Ward Manager A spoke to the ward round.",
        "The Stroke Ward and the Acute Medical Unit were full.",
        "Orthopaedic Surgery was delayed.",
        "Northfield Hospital NHS Trust took part.",
        "DC Nadine Fairclough of the Public Protection Unit wrote.",
        "Send it to the SAB Business Unit.",
        "Ward A was closed.",  # one letter reads as a pseudonym
        "The ward sister visited Riverside House, the council's office.",
    ],
)
def test_not_named_care_settings(text):
    assert found(text, "care-setting") == []
