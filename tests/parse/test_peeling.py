"""flows.parse.peeling: the words between a subject and its number, read from the right."""
from flows.parse.figures import find_figures
from flows.parse.peeling import peel


def _peeled(sentence: str) -> tuple:
    figure = find_figures(sentence, [])[-1]
    subject = peel(sentence[: figure.start], figure)
    return subject, figure.measure, figure.negative, figure.opens_pair, figure.closes_pair


def test_a_growth_word_and_its_comparator_are_peeled_off():
    assert _peeled("工业投资比上年增长9%") == ("工业投资", "growth", False, False, False)


def test_a_fall_makes_the_figure_negative():
    assert _peeled("原煤产量同比下降3.5%")[:3] == ("原煤产量", "growth", True)


def test_from_and_to_mark_the_ends_of_a_pair():
    figure = find_figures("比重由5.2%提升到7.8%", [])
    assert peel("比重由", figure[0]) == "比重" and figure[0].opens_pair
    assert peel("比重由5.2%提升到", figure[1]) == "比重由5.2%" and figure[1].closes_pair


def test_a_years_average_gives_the_span_it_averages_over():
    figure = find_figures("两年平均增长7.5%", [])[0]
    peel("两年平均增长", figure)
    assert (figure.measure, figure.span_years) == ("avg_growth", 2)
