from flows.parse.numbers import clean_value, scaled, to_number


def test_arabic_with_decimals_and_thousands_commas():
    assert to_number("5.7") == 5.7
    assert to_number("1,166") == 1166


def test_chinese_numerals_are_read_on_the_span():
    assert to_number("五点七") == 5.7
    assert to_number("一百二十") == 120
    assert to_number("三") == 3


def test_a_bare_magnitude_is_not_a_number():
    # 超百亿元, 千亿产业集群: 百/千 without a digit describe a scale, not a figure
    assert to_number("百") is None
    assert to_number("千") is None


def test_multipliers_are_applied_exactly():
    assert clean_value(scaled("1.48", "万亿")) == 1_480_000_000_000
    assert clean_value(scaled("2", "万")) == 20_000
    assert clean_value(scaled("3.5", "亿")) == 350_000_000
    assert clean_value(scaled("两", "万")) == 20_000


def test_integers_come_back_as_int():
    assert isinstance(clean_value(7164.0), int)
    assert clean_value(11.18) == 11.18


def test_ten_alone_is_a_number_in_a_rank():
    from flows.parse.numbers import to_number
    assert to_number("十") == 10
    assert to_number("千") is None
