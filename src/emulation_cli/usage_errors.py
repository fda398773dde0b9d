"""argparse's refusals of a command line (a missing option, a choice not offered, a word
not understood), said in the language of errors: argparse writes them in English, so under
``vi`` each one it is known to write is said again from the catalog (``cli.argparse.*``);
one not known stays as argparse wrote it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from emulation_core.messages import Language

from .language import error_language, say

__all__ = ["flag_in", "usage_refusal"]

# argparse's English, as Python 3.11 and later write it, and the catalog entry saying it
_KNOWN = (
    (re.compile(r"the following arguments are required: (?P<names>.+)"),
     "cli.argparse.required"),
    (re.compile(r"unrecognized arguments: (?P<words>.+)"), "cli.argparse.unrecognized"),
    (re.compile(r"argument (?P<argument>\S+): invalid choice: (?P<value>.+?) "
                r"\(choose from (?P<choices>.+)\)"), "cli.argparse.choice"),
    (re.compile(r"argument (?P<argument>\S+): invalid int value: (?P<value>.+)"),
     "cli.argparse.int"),
    (re.compile(r"argument (?P<argument>\S+): expected one argument"), "cli.argparse.one"),
    (re.compile(r"argument (?P<argument>\S+): expected at least one argument"),
     "cli.argparse.some"),
    (re.compile(r"argument (?P<argument>\S+): not allowed with argument (?P<other>\S+)"),
     "cli.argparse.not_with"),
    (re.compile(r"one of the arguments (?P<names>.+) is required"), "cli.argparse.one_of"),
    (re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)"),
     "cli.argparse.ambiguous"),
)


def flag_in(words: Sequence[str]) -> Language | None:
    """The language a command line asks for with ``--lang vi`` or ``--lang=en``, if any."""
    for number, word in enumerate(words):
        given = word.partition("=")[2] if word.startswith("--lang=") else (
            words[number + 1] if word == "--lang" and number + 1 < len(words) else "")
        if given in ("vi", "en"):
            return "vi" if given == "vi" else "en"
    return None


def usage_refusal(message: str, words: Sequence[str]) -> str:
    """``error: message`` (argparse's), in the language of errors of the command line
    ``words``: ``lỗi: …`` with the catalog's sentence under ``vi``."""
    flag = flag_in(words)
    if error_language(flag) == "vi":
        for pattern, key in _KNOWN:
            found = pattern.fullmatch(message)
            if found:
                message = say(key, flag, **found.groupdict())
                break
    return f"{say('cli.label.error', flag)}: {message}"
