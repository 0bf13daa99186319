#!/usr/bin/env python3
"""Writes accord's manual page (man(7) format) from the command definitions.

    accord --experimental-dump-help | scripts/manpage.py VERSION DATE > accord.1

The text is swift-argument-parser's own description of every command, option and
argument (the same as `accord help`), so the page cannot drift from the binary.
"""
import json
import sys


def roff(text):
    """Text safe in roff: backslashes escaped, no line starting with a control character."""
    text = (text or "").replace("\\", "\\e").replace("-", "\\-")
    lines = []
    for line in text.split("\n"):
        lines.append("\\&" + line if line.startswith((".", "'")) else line)
    return "\n".join(lines)


def flag_names(argument):
    names = []
    for name in argument.get("names", []):
        dashes = "\\-\\-" if name["kind"] == "long" else "\\-"
        names.append("\\fB" + dashes + roff(name["name"]) + "\\fR")
    return ", ".join(names)


def key(argument):
    return (argument["kind"], tuple(name["name"] for name in argument.get("names", [])))


def describe_arguments(arguments, skipping=frozenset()):
    """Each argument as a tagged paragraph; `skipping` (the global options, said once) left out."""
    out = []
    for argument in arguments:
        if not argument.get("shouldDisplay", True) or (argument["kind"] != "positional" and key(argument) in skipping):
            continue
        value = roff(argument.get("valueName", ""))
        if argument["kind"] == "positional":
            head = "\\fI" + value + "\\fR" + ("..." if argument.get("isRepeating") else "")
        elif argument["kind"] == "option":
            head = flag_names(argument) + " \\fI" + value + "\\fR"
        else:
            head = flag_names(argument)
        out.append(".TP\n" + head + "\n" + roff(argument.get("abstract", "")))
        if argument.get("defaultValue") and argument["kind"] == "option":
            out.append("(default: " + roff(argument["defaultValue"]) + ")")
    return out


def describe_command(command, path, out, skipping):
    name = " ".join(path)
    out.append('.SS "' + roff(name) + '"')
    if command.get("abstract"):
        out.append(roff(command["abstract"]))
    if command.get("discussion"):
        out.append(".PP\n" + roff(command["discussion"]))
    out.extend(describe_arguments(command.get("arguments", []), skipping))
    for sub in command.get("subcommands", []):
        if sub.get("shouldDisplay", True) and sub["commandName"] != "help":
            describe_command(sub, path + [sub["commandName"]], out, skipping)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: accord --experimental-dump-help | manpage.py VERSION DATE")
    version, date = sys.argv[1], sys.argv[2]
    root = json.load(sys.stdin)["command"]
    out = ['.TH ACCORD 1 "%s" "%s" "User Commands"' % (roff(date), roff(version)),
           ".SH NAME", "accord \\- " + roff(root.get("abstract", "")),
           ".SH SYNOPSIS", ".B accord", "[\\fIoptions\\fR]", ".br", ".B accord",
           "\\fIcommand\\fR [\\fIoptions\\fR]",
           ".SH DESCRIPTION", roff(root.get("discussion", "")),
           ".SH OPTIONS"]
    out.extend(describe_arguments(root.get("arguments", [])))
    out.append(".SH COMMANDS\nEvery command also takes the options above.")
    skipping = frozenset(key(argument) for argument in root.get("arguments", []))
    for sub in root.get("subcommands", []):
        if sub.get("shouldDisplay", True) and sub["commandName"] != "help":
            describe_command(sub, ["accord", sub["commandName"]], out, skipping)
    out += [".SH FILES",
            ".TP\n~/.local/share/accord/\nThe data: journal/ (shared with the team), local/ (this replica's cache, lock and id).",
            ".TP\n~/.config/accord/config.yaml\nThe language and theme.",
            ".SH SEE ALSO",
            "The README and docs/ of the source tree (docs/FORMAT.md, docs/JOURNAL.md, docs/TEAM.md)."]
    sys.stdout.write("\n".join(out) + "\n")


main()
