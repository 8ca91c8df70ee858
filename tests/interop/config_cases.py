"""Generated antigravity.json texts, valid and invalid, for the differential test."""

from __future__ import annotations

import json
import random

from antigravity_tray.core.schema import AUTO_OR_NUMBER, BOOL, ENUM, NUMBER, OBJECT_KEYS, SETTINGS, STRING

# Literals JSON can hold but Python's json.dumps cannot write: placed by placeholder.
RAW_LITERALS = {
    "__INF__": "1e400",
    "__NEG_INF__": "-1e400",
    "__NEG_ZERO__": "-0",
    "__BIG_INT__": "1" + "0" * 400,
    "__ALMOST_TENTH__": "0.09999999999999999",
    "__ROUNDS_TO_60__": "59.99999999999999999",
}
WRONG_TYPES = [
    None,
    "true",
    "false",
    "",
    "auto",
    "sticky",
    0,
    1,
    -1,
    1.5,
    True,
    False,
    [],
    [1],
    {},
    {"a": 1},
    "__INF__",
    "__NEG_INF__",
    "__BIG_INT__",
]


def _valid_value(setting, rng: random.Random):
    if setting.kind == BOOL:
        return rng.choice([True, False])
    if setting.kind == ENUM:
        return rng.choice(setting.choices)
    if setting.kind == STRING:
        return rng.choice(["continue", "", "/tmp/logs", "ünïcødé ✓", "https://example.test/schema.json"])
    if setting.kind == AUTO_OR_NUMBER and rng.random() < 0.3:
        return "auto"
    lo, hi = setting.minimum, setting.maximum
    return rng.choice(
        [
            lo,
            hi,
            (lo + hi) / 2,
            round(rng.uniform(lo, hi), rng.choice([0, 1, 3])),
            int(lo) if float(lo).is_integer() else lo,
        ]
    )


def _edge_value(setting, rng: random.Random):
    if setting.kind in (NUMBER, AUTO_OR_NUMBER):
        lo, hi = setting.minimum, setting.maximum
        return rng.choice(
            [
                lo - 1,
                hi + 1,
                lo - 1e-9,
                hi + 1e-9,
                hi * 10 + 1,
                -hi - 1,
                "__NEG_ZERO__",
                "__ALMOST_TENTH__",
                "__ROUNDS_TO_60__",
                str(hi),
                "AUTO",
                "Auto",
            ]
        )
    if setting.kind == ENUM:
        return rng.choice([c.upper() for c in setting.choices] + [c + " " for c in setting.choices] + ["random"])
    return rng.choice(WRONG_TYPES)


def _value(setting, rng: random.Random, bad_rate: float):
    roll = rng.random()
    if roll < bad_rate / 2:
        return rng.choice(WRONG_TYPES)
    if roll < bad_rate:
        return _edge_value(setting, rng)
    return _valid_value(setting, rng)


def random_document(rng: random.Random, bad_rate: float) -> dict:
    document: dict = {}
    for setting in rng.sample(SETTINGS, rng.randint(0, 8)):
        if setting.parent:
            inner = document.setdefault(setting.parent, {})
            if isinstance(inner, dict):
                inner[setting.leaf] = _value(setting, rng, bad_rate)
        else:
            document[setting.key] = _value(setting, rng, bad_rate)
    if rng.random() < 0.15:
        document[rng.choice(["zzz_future", "__proto__", "Debug", "pid_offset"])] = rng.choice(WRONG_TYPES)
    if rng.random() < 0.1:
        document[rng.choice(OBJECT_KEYS)] = rng.choice(WRONG_TYPES + [{"unknown_inner": 1}])
    return document


def render(document, rng: random.Random) -> str:
    text = json.dumps(document, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]))
    for placeholder, literal in RAW_LITERALS.items():
        text = text.replace(json.dumps(placeholder), literal)
    return text


def break_syntax(text: str, rng: random.Random) -> str:
    broken = [
        lambda t: t[:-1] + ",}" if t.endswith("}") and len(t) > 2 else t + ",",
        lambda t: "// note\n" + t,
        lambda t: t.replace(":", ': NaN, "x":', 1) if ":" in t else "NaN",
        lambda t: "\ufeff" + t,
        lambda t: t[: max(1, len(t) // 2)],
        lambda t: t.replace('"', "'"),
        lambda t: "",
        lambda t: t + " trailing",
        lambda t: t.replace(":", ': Infinity, "y":', 1) if ":" in t else "-Infinity",
        lambda t: t.replace("{", '{\n\t"a": 0x10,', 1),
        lambda t: t.replace("{", '{"s": "tab\there",', 1),
    ]
    return rng.choice(broken)(text)


def other_root(rng: random.Random) -> str:
    return rng.choice(["[]", "null", "42", '"text"', "true", '[{"debug": true}]', "{}", " { } "])


def generate(count: int, seed: int = 2026) -> list[dict]:
    rng = random.Random(seed)
    cases = []
    for n in range(count):
        kind = rng.random()
        if kind < 0.1:
            user = break_syntax(render(random_document(rng, 0.2), rng), rng)
        elif kind < 0.15:
            user = other_root(rng)
        else:
            user = render(random_document(rng, rng.choice([0.0, 0.0, 0.1, 0.3, 0.6])), rng)
        project = None
        if rng.random() < 0.25:
            project = render(random_document(rng, rng.choice([0.0, 0.0, 0.3])), rng)
        if rng.random() < 0.05:
            user = None
        cases.append({"id": n, "user": user, "project": project})
    return cases
