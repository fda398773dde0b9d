"""Reading a rule set file (docs/awards.md, "Rule sets"): every field read as written, the
defaults of what is left out, and each refusal naming the file, line and field with what to
do; ``load_rule_set`` choosing the workspace's own file over the bundled one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from emulation_core import awardrules
from emulation_core.awardrules import (
    AwardRule,
    BallotRule,
    LegalBasis,
    RuleSet,
    bundled_rule_sets,
    load_rule_set,
    read_rule_set,
)
from emulation_core.errors import EmulationError, Problem, ValidationError
from emulation_core.tomlsource import TomlSource, parse_toml

D = Decimal
HEAD = 'id = "own"\nversion = 3\ntitle = "Quy tắc riêng"\nvalid_from = 2025-07-01\n'
FULL = HEAD + """valid_to = 2026-06-30

[[basis]]
ref = "Luật 06/2022/QH15"
date = 2022-06-15
says = "Cờ thi đua"

[[basis]]
ref = "Công văn 5007"
date = 2023-09-05

[awards.provincial_flag]
label = "Cờ tỉnh"
label_en = "Provincial flag"
count = 2
share = 0.25
share_of = "leaders"
band = "excellent"
min_score = 95.5
max_deductions = 1.5
excellent_years = 3
needs = ["merit"]
leaders_only = true
excludes = ["government_flag"]
basis = [1, 0]

[awards.merit]
label = "Bằng khen"

[ballot]
quorum = 0.6
pass_share = 0.75
base = "present"
strict = false
"""


def source(text: str) -> TomlSource:
    parsed = parse_toml(Path("rules.toml"), "rules.toml", text)
    assert isinstance(parsed, TomlSource)
    return parsed


def read(text: str) -> tuple[RuleSet | None, list[Problem]]:
    return read_rule_set(source(text))


def test_every_field_is_read_as_written() -> None:
    rules, problems = read(FULL)
    assert problems == []
    assert rules == RuleSet(
        "own", 3, "Quy tắc riêng", dt.date(2025, 7, 1),
        (LegalBasis("Luật 06/2022/QH15", dt.date(2022, 6, 15), "Cờ thi đua"),
         LegalBasis("Công văn 5007", dt.date(2023, 9, 5), "")),
        {"provincial_flag": AwardRule(
            "provincial_flag", "Cờ tỉnh", "Provincial flag", 2, D("0.25"), "leaders",
            "excellent", D("95.5"), D("1.5"), 3, ("merit",), True, ("government_flag",),
            (1, 0)),
         "merit": AwardRule("merit", "Bằng khen", "merit")},
        BallotRule(D("0.6"), D("0.75"), "present", False), dt.date(2026, 6, 30))


def test_what_is_left_out_takes_its_default() -> None:
    rules, problems = read(HEAD)
    assert problems == []
    assert rules == RuleSet("own", 3, "Quy tắc riêng", dt.date(2025, 7, 1), (), {},
                            BallotRule(D("0.5"), D("0.5"), "members", True), None)
    assert read(HEAD + "[ballot]\nstrict = true\nbase = \"members\"\n")[0] == rules


def where(text: str) -> list[tuple[int | None, str, str, str]]:
    rules, problems = read(text)
    assert rules is None
    return [(p.line, p.field, p.message, p.hint) for p in problems]


KNOWN_TOP = "awards, ballot, basis, id, title, valid_from, valid_to, version"
KNOWN_AWARD = ("band, basis, count, excellent_years, excludes, label, label_en, "
               "leaders_only, max_deductions, min_score, needs, share, share_of")


@pytest.mark.parametrize(("text", "said"), [
    (HEAD + "colour = 1\n",
     [(5, "colour", "is not a known field", f"known fields here: {KNOWN_TOP}")]),
    (HEAD + '[[basis]]\nref = "a"\ndate = 2020-01-01\nsaid = "x"\n',
     [(8, "basis[0].said", "is not a known field", "known fields here: date, ref, says")]),
    (HEAD + '[[basis]]\nref = "a"\n',
     [(5, "basis[0].date", "is required", "add 'date = …' to this table")]),
    (HEAD + "[[basis]]\ndate = 2020-01-01\n",
     [(5, "basis[0].ref", "is required", "add 'ref = …' to this table")]),
    (HEAD + "[awards.medal]\nlabel = \"Huân chương\"\n",
     [(5, "awards.medal", "'medal' is not an award this program knows",
       "use one of provincial_flag, government_flag, merit")]),
    (HEAD + "[awards]\nmerit = 1\n",
     [(6, "awards.merit", "write the award as a table", "")]),
    (HEAD + "[awards.merit]\nlabel = \"B\"\nshade = 1\n",
     [(7, "awards.merit.shade", "is not a known field", f"known fields here: {KNOWN_AWARD}")]),
    (HEAD + "[awards.merit]\nlabel = \"B\"\ncount = -1\n",
     [(7, "awards.merit.count", "-1 is negative", "write 0 or more")]),
    (HEAD + "[awards.merit]\nlabel = \"B\"\nneeds = [\"merit\"]\n",
     [(5, "awards.merit", "'merit' is not another award",
       "use provincial_flag, government_flag, merit")]),
    (HEAD + "[awards.merit]\nlabel = \"B\"\nexcludes = [\"medal\"]\n",
     [(5, "awards.merit", "'medal' is not another award",
       "use provincial_flag, government_flag, merit")]),
    (HEAD + "[awards.merit]\nlabel = \"B\"\nbasis = [0]\n",
     [(7, "awards.merit.basis", "a basis position is not in the rule set's [[basis]] list",
       "count the [[basis]] entries from 0")]),
    (HEAD + "[awards.merit]\nlabel = \"B\"\nshare = 1.01\n",
     [(7, "awards.merit.share", "1.01 is more than 1", "write a share from 0 to 1")]),
    (HEAD + "[awards.merit]\nlabel = \"B\"\nshare_of = \"all\"\n",
     [(7, "awards.merit.share_of", "'all' is not one of members, leaders", "")]),
    (HEAD + "[awards.merit]\nlabel_en = \"B\"\n",
     [(5, "awards.merit.label", "is required", "add 'label = …' to this table")]),
    (HEAD + "[ballot]\nquorum = 0.5\nmajority = 1\n",
     [(7, "ballot.majority", "is not a known field",
       "known fields here: base, pass_share, quorum, strict")]),
    (HEAD + "[ballot]\nquorum = 1.5\n",
     [(6, "ballot.quorum", "1.5 is more than 1", "write a share from 0 to 1, e.g. 0.2")]),
    (HEAD + "[ballot]\npass_share = 2\n",
     [(6, "ballot.pass_share", "2 is more than 1", "write a share from 0 to 1, e.g. 0.2")]),
    (HEAD + "[ballot]\nbase = \"voters\"\n",
     [(6, "ballot.base", "'voters' is not one of members, present", "")]),
    (HEAD + "[ballot]\nstrict = 1\n",
     [(6, "ballot.strict", "is a whole number, expected true/false", "")]),
    (HEAD + "valid_to = 2026\n",
     [(5, "valid_to", "is a whole number, expected a date", "")]),
    (HEAD + "basis = 1\n",
     [(5, "basis", "expected an array of tables", "write each as [[basis]]")]),
    (HEAD + "awards = 1\n",
     [(5, "awards", "is a whole number, expected a table", "")]),
    (HEAD + "ballot = 1\n",
     [(5, "ballot", "is a whole number, expected a table", "")]),
    (HEAD + "[ballot]\nquorum = -0.1\n",
     [(6, "ballot.quorum", "is -0.1, may not be negative", "enter 0 or more")]),
    (HEAD + "[ballot]\npass_share = -1\n",
     [(6, "ballot.pass_share", "is -1, may not be negative", "enter 0 or more")]),
    (HEAD + "[awards.merit]\nlabel = \"B\"\nshare = -0.2\n",
     [(7, "awards.merit.share", "is -0.2, may not be negative", "enter 0 or more")]),
    (HEAD + "[awards.merit]\nlabel = \"B\"\nmax_deductions = -2\n",
     [(7, "awards.merit.max_deductions", "is -2, may not be negative", "enter 0 or more")]),
    # after one award refused, the next is still read
    (HEAD + "[awards.medal]\nlabel = \"H\"\n[awards.cup]\nlabel = \"C\"\n",
     [(5, "awards.medal", "'medal' is not an award this program knows",
       "use one of provincial_flag, government_flag, merit"),
      (7, "awards.cup", "'cup' is not an award this program knows",
       "use one of provincial_flag, government_flag, merit")]),
    (HEAD + "[awards]\nmerit = 1\nprovincial_flag = 2\n",
     [(6, "awards.merit", "write the award as a table", ""),
      (7, "awards.provincial_flag", "write the award as a table", "")]),
])
def test_each_refusal_names_its_line_and_field(
        text: str, said: list[tuple[int | None, str, str, str]]) -> None:
    assert where(text) == said


@pytest.mark.parametrize("left_out", ["id", "version", "title", "valid_from"])
def test_each_heading_field_is_required(left_out: str) -> None:
    text = "\n".join(line for line in HEAD.splitlines() if not line.startswith(left_out))
    assert [(p.field, p.message) for p in read(text)[1]] == [(left_out, "is required")]
    assert read(text)[0] is None


def test_the_edges_of_a_share_and_of_a_basis_position() -> None:
    rules, problems = read(
        FULL.replace("share = 0.25", "share = 1").replace("basis = [1, 0]", "basis = [1]")
        .replace("quorum = 0.6", "quorum = 1").replace("pass_share = 0.75", "pass_share = 0"))
    assert problems == []
    assert rules is not None
    assert (rules.awards["provincial_flag"].share, rules.awards["provincial_flag"].basis,
            rules.ballot.quorum, rules.ballot.pass_share) == (D(1), (1,), D(1), D(0))
    assert [p.field for p in read(FULL.replace("basis = [1, 0]", "basis = [2]"))[1]] \
        == ["awards.provincial_flag.basis"]
    assert [p.field for p in read(FULL.replace("basis = [1, 0]", "basis = [-1]"))[1]] \
        == ["awards.provincial_flag.basis"]
    assert [p.field for p in read(FULL.replace("basis = [1, 0]", 'basis = ["0"]'))[1]] \
        == ["awards.provincial_flag.basis"]
    assert read(FULL.replace("count = 2", "count = 0"))[0] is not None


# -- load_rule_set ------------------------------------------------------------------------
def test_the_workspace_file_wins_and_the_bundled_one_stays(tmp_path: Path) -> None:
    bundled = load_rule_set("vn-2023")
    assert load_rule_set("vn-2023", tmp_path) == bundled  # no rulesets/ folder
    (tmp_path / "rulesets").mkdir()
    assert load_rule_set("vn-2023", tmp_path) == bundled  # no file of that id
    (tmp_path / "rulesets" / "vn-2023.toml").write_text(
        FULL.replace('id = "own"', 'id = "vn-2023"'), "utf-8")
    own = load_rule_set("vn-2023", tmp_path)
    assert (own.id, own.version, own.title) == ("vn-2023", 3, "Quy tắc riêng")
    (tmp_path / "rulesets" / "own.toml").write_text(FULL, "utf-8")
    assert load_rule_set("own", tmp_path) == read(FULL)[0]
    assert "own" not in bundled_rule_sets()


def test_a_file_naming_another_id_is_refused(tmp_path: Path) -> None:
    (tmp_path / "rulesets").mkdir()
    (tmp_path / "rulesets" / "mine.toml").write_text(FULL, "utf-8")
    with pytest.raises(ValidationError) as caught:
        load_rule_set("mine", tmp_path)
    [problem] = caught.value.problems
    assert (problem.file, problem.line, problem.field, problem.message, problem.hint) == (
        "rulesets/mine.toml", 1, "id", "the file says id 'own'", 'write id = "mine"')


def test_a_file_that_is_not_toml_is_refused_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "rulesets").mkdir()
    (tmp_path / "rulesets" / "bad.toml").write_text(HEAD + "valid_to = = 1\n", "utf-8")
    with pytest.raises(ValidationError) as caught:
        load_rule_set("bad", tmp_path)
    assert [(p.file, p.line) for p in caught.value.problems] == [("rulesets/bad.toml", 5)]


def test_an_unknown_or_unsafe_id_names_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(EmulationError) as caught:
        load_rule_set("vn-2099", tmp_path)
    assert str(caught.value) == (
        "no rule set 'vn-2099' (known: vn-2023); write rulesets/vn-2099.toml in the "
        "workspace or choose a known one")
    with pytest.raises(EmulationError, match=r"^rule set '\.\./x' "):
        load_rule_set("../x", tmp_path)


def test_the_known_rule_sets_are_listed_by_id(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    for name in ("vn-2025.toml", "vn-2023.toml", "notes.txt"):
        (bundled / name).write_text(FULL, "utf-8")
    monkeypatch.setattr(awardrules, "_BUNDLED", bundled)
    assert bundled_rule_sets() == ("vn-2023", "vn-2025")
    with pytest.raises(EmulationError, match=r"\(known: vn-2023, vn-2025\); write"):
        load_rule_set("vn-2099", tmp_path)


def test_a_rule_set_folder_leading_out_of_the_workspace_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "own.toml").write_text(FULL, "utf-8")
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    (workspace / "rulesets").symlink_to(outside, target_is_directory=True)
    with pytest.raises(ValidationError) as caught:
        load_rule_set("own", workspace)
    [problem] = caught.value.problems
    assert problem.file == "rulesets/own.toml"
