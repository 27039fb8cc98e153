"""The speakers' index: look-ups by a name's forms stay right as names come, go and change."""

from reader.core.records import Record, Records


def _records(*names: str, group: str = "") -> Records:
    records = Records()
    for at, name in enumerate(names):
        records[name] = Record(name, None, name == group, at)
    return records


def test_a_short_form_finds_the_first_person_who_goes_by_it() -> None:
    records = _records("喬恩·米爾斯", "警方", "黄文政", group="警方")
    assert records.first_of(["米爾斯"]) is records["喬恩·米爾斯"]
    assert records.first_of(["文政"]) is records["黄文政"]
    assert records.first_of(["警方"]) is None  # a group is no one's name
    assert [r.name for r in records.people()] == ["喬恩·米爾斯", "黄文政"]


def test_names_are_found_by_their_last_and_first_characters() -> None:
    records = _records("王建国", "李国", "王芳")
    assert [r.name for r in records.ending("国")] == ["王建国", "李国"]
    assert [r.name for r in records.starting("王")] == ["王建国", "王芳"]
    assert ("王建国", False) in records.forms_by_start()["王"]


def test_a_renamed_person_is_found_by_the_new_name_only() -> None:
    records = _records("米爾斯", "黄文政")
    record = records["米爾斯"]
    del records["米爾斯"]
    record.name = "喬恩·米爾斯"
    records[record.name] = record
    assert records.first_of(["米爾斯"]) is record
    assert [r.name for r in records.ending("斯")] == ["喬恩·米爾斯"]
    assert [r.name for r in records.starting("喬")] == ["喬恩·米爾斯"]
    assert records.starting("米") == []
    assert records.forms_by_start()["米"] == [("米爾斯", True)]  # a part now, not a name
    assert records.rank("喬恩·米爾斯") > records.rank("黄文政")  # it comes last, as a dict's key


def test_of_two_people_with_one_form_the_earlier_wins() -> None:
    records = _records("黄文政", "陈文政")
    assert records.first_of(["文政"]) is records["黄文政"]
    del records["黄文政"]
    assert records.first_of(["文政"]) is records["陈文政"]
