"""Dates of birth need a birth cue; event dates, years and ages are left alone."""

import pytest

from tests.identify.helpers import found


@pytest.mark.parametrize(
    "text, date",
    [
        ("Adult A (DOB 12.03.45) lived alone.", "12.03.45"),
        ("She was born on 3rd March 1945 in Leeds.", "3rd March 1945"),
        ("d.o.b. 12/3/1945", "12/3/1945"),
        ("D.O.B 03-03-1945", "03-03-1945"),
        ("Date of birth: 3 March 1945", "3 March 1945"),
        ("DOB: 1945-03-03", "1945-03-03"),
        ("born March 3, 1945", "March 3, 1945"),
        ("born in March 1945", "March 1945"),
        ("She was born in Leeds on 3 May 1950.", "3 May 1950"),
        ("DoB 1 Feb 1957", "1 Feb 1957"),
        ("(b. 12.12.1950)", "12.12.1950"),
        ("Her date of birth, given on the tenancy as the 2nd of May 1959, is", "2nd of May 1959"),
    ],
)
def test_dates_of_birth(text, date):
    assert found(text, "date-of-birth") == [date]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March 2023 the GP visited.",
        "She was born in 1938.",
        "She was born. On 3 May 2023 she moved.",
        "A newborn was seen on 3 May 2023.",
        "Adult A, aged 78, was seen on 12/03/2023.",
        "The review covered 01/01/2021 to 31/12/2022.",
    ],
)
def test_not_dates_of_birth(text):
    assert found(text, "date-of-birth") == []
