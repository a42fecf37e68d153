"""The README documents what the code has: every setting, every command."""

from pathlib import Path

from streams.settings import settings_table

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_every_setting_is_in_the_readme_table():
    for name, env, _default, _doc in settings_table():
        assert f"| `{name}` | `{env}` |" in README, name


def test_readme_names_both_setup_commands():
    assert "wirestream demo" in README
    assert "pytest" in README
