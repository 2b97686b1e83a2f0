"""A measure in a message is as precise as it is meaningful."""

from sardoc.rules.kinds.metric import _num


def test_measures_in_the_tens_are_whole_numbers():
    assert _num(29.6) == 30 and isinstance(_num(29.6), int)
    assert _num(700.0) == 700
    assert _num(8.44) == 8.4
    assert _num(9.0) == 9 and isinstance(_num(9.0), int)
