from graph.dates import find_dates


def test_formats():
    vals = [(d.value, d.datatype) for d in find_dates(
        "On May 12, 1944 and 28 May 1944; in August 1943; on 22 December; by 1945.")]
    assert vals == [("1944-05-12", "date"), ("1944-05-28", "date"), ("1943-08", "gYearMonth"),
                    ("--12-22", "gMonthDay"), ("1945", "gYear")]


def test_default_year():
    assert find_dates("his 22 December reply", default_year=1944)[0].value == "1944-12-22"


def test_may_as_a_verb_is_not_a_date():
    assert find_dates("They may attack again") == []


def test_a_month_alone_dates_only_after_of():
    vals = [(d.value, d.datatype) for d in find_dates("a German report of December; the raids in December")]
    assert vals == [("--12", "gMonth")]
    assert find_dates("his letter of November", default_year=1944)[0].value == "1944-11"
    # (a day after the month is the other pattern's: "of December 3" stays a day)
    assert [d.value for d in find_dates("the letter of December 3")] == ["--12-03"]
