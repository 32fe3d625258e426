"""Thai first: every text a template shows and every rejection code has a Thai version."""

import importlib
import pkgutil
import re
from pathlib import Path

import thungngoen
from thungngoen.errors import DomainError
from thungngoen.web.error_messages import THAI_BY_CODE
from thungngoen.web.i18n_catalogue import AREA_CATALOGUES, SHARED, THAI

PACKAGE_ROOT = Path(thungngoen.__file__).parent
TRANSLATED_LITERAL = re.compile(r"""_\(\s*(["'])(.+?)\1\s*\)""")


def _all_subclasses(base: type[DomainError]) -> set[type[DomainError]]:
    found = set(base.__subclasses__())
    for subclass in list(found):
        found |= _all_subclasses(subclass)
    return found


def test_every_template_text_has_a_thai_translation() -> None:
    missing = {
        f"{template.relative_to(PACKAGE_ROOT)}: {match.group(2)}"
        for template in PACKAGE_ROOT.rglob("templates/**/*.html")
        for match in TRANSLATED_LITERAL.finditer(template.read_text())
        if match.group(2) not in THAI
    }
    assert not missing, "\n".join(sorted(missing))


def test_every_rejection_code_reads_in_thai() -> None:
    for module in pkgutil.walk_packages(thungngoen.__path__, "thungngoen."):
        if not module.name.startswith("thungngoen.migrations"):  # Alembic scripts
            importlib.import_module(module.name)
    codes = {error.code for error in _all_subclasses(DomainError)}
    assert len(codes) > 50
    assert sorted(codes - THAI_BY_CODE.keys()) == []


def test_no_text_has_two_thai_translations() -> None:
    """The catalogues are merged into one dictionary: a second, different Thai for the
    same English text would silently replace the first on every page."""
    catalogues = [SHARED, *(area.THAI for area in AREA_CATALOGUES)]
    clashes = {
        text
        for index, catalogue in enumerate(catalogues)
        for later in catalogues[index + 1 :]
        for text, thai in catalogue.items()
        if text in later and later[text] != thai
    }
    assert sorted(clashes) == []
