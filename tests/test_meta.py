"""Meta-tests: the project's promises, checked on the tree itself (the layers: see
test_architecture.py)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from goals.io.plan_yaml import load_plan_file

ROOT = Path(__file__).resolve().parents[1]


def test_every_plan_in_plans_validates():
    for path in sorted((ROOT / "plans").glob("*.yaml")):
        plan = load_plan_file(path)
        assert plan.id == path.stem, f"{path.name} should be named after its id {plan.id}"


def test_every_page_has_an_app_test():
    app_tests = "\n".join(p.read_text(encoding="utf-8")
                          for p in (ROOT / "tests" / "app").glob("test_*.py"))
    for page in (ROOT / "app_pages").glob("*.py"):
        assert re.search(rf"test_{page.stem}\w*|{page.stem}", app_tests) or (
            ROOT / "tests" / "app" / f"test_{page.stem}_page.py").exists(), page


def test_every_page_is_routed_from_app_py():
    router = (ROOT / "app.py").read_text(encoding="utf-8")
    for page in (ROOT / "app_pages").glob("*.py"):
        assert f"app_pages/{page.name}" in router, page


def test_every_message_has_swedish_norwegian_and_english():
    from goals.i18n.messages import MESSAGES

    for key, texts in MESSAGES.items():
        assert set(texts) == {"sv", "nb", "en"}, key
        fields = [set(re.findall(r"{(\w+)}", text)) for text in texts.values()]
        assert all(f == fields[0] for f in fields), f"{key}: placeholders differ"


def test_every_message_key_used_in_the_code_exists():
    from goals.i18n.messages import MESSAGES

    prefixes = "|".join(sorted({key.split(".")[0] for key in MESSAGES}))
    used: set[str] = set()
    code = [p for p in (ROOT / "goals").rglob("*.py")
            if "store" not in p.parts and "i18n" not in p.parts]
    for path in code + list((ROOT / "app_pages").glob("*.py")):
        used.update(re.findall(rf"[\"']((?:{prefixes})\.[a-z_0-9.-]+)[\"']",
                               path.read_text(encoding="utf-8")))
    file_names = (".py", ".yaml", ".csv")
    plural = {key.rsplit(".", 1)[0] for key in MESSAGES if key.endswith(".one")
              and f"{key[:-4]}.other" in MESSAGES}   # goals.reports.content.plural's families
    missing = {key for key in used if key not in MESSAGES and key not in plural
               and not key.endswith(file_names)}
    assert not missing, missing


WRITES = {"record_entry", "record_meeting", "delete_meeting", "move_meeting",
          "delete_entries", "restore_entries",
          "correct_entry", "import_bytes", "import_spreadsheet", "store_mapping",
          "preview_plan", "save_plan", "create_link", "revoke_link", "undo_deletion",
          "forget_name", "add_account", "set_role", "unlock", "save_letter", "save_chapter",
          "add_quote", "add_photo", "remove_quote", "remove_photo", "record_quote_consent",
          "send_goal", "adopt_proposal", "decline_proposal"}


def test_every_write_from_a_page_names_who_writes():
    """Pages and UI modules pass the actor to every write service (issue 6): a call that
    left it out would be the command line's, which may do everything."""
    ui_files = [*(ROOT / "app_pages").glob("*.py"), *(ROOT / "goals" / "ui").glob("*.py")]
    for path in ui_files:
        source = path.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in WRITES:
                passed = [ast.get_source_segment(source, a) or "" for a in node.args]
                passed += [k.arg or "" for k in node.keywords]
                assert any("actor" in text for text in passed), f"{path.name}: {name}"
