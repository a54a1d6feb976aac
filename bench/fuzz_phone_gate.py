"""The personal-data finder's phone gate against phonenumbers' own matcher (not part of the test run).

    python bench/fuzz_phone_gate.py --seconds 120 --seed 1

The gate (`sensitive.phone_possible`) must say "impossible" only where the matcher (VALID leniency,
the same default region) finds nothing, or `scan` would miss a phone number its ungated detectors
find. This generates texts of digits, letters, signs, separators and extension labels run together or
apart, for many regions, and prints every text the gate turns down while the matcher finds a number
in it. Exit status 1 when there was one. The hypothesis tests in tests/test_sensitive_gate.py draw from
the same pieces; this reaches far more texts (about 8,000 a second on one CPU).
"""

from __future__ import annotations

import argparse
import random
import sys
import time

import phonenumbers

from ai_exposure.sensitive import phone_possible

PIECES = [*"abxXeé%$€£¥₹ ( ) [ - . / + # ~ ,:", "ext", "x: ", "x.", "(x", "+x", "XX", "ß", "\u0301",
          "ｘ", "日", "٣", "06", "0031", "+31", "+1", "+44", "201", "555", "0123", "2015550123", "612345678",
          "020", "0800", "1481", "00", "011"]
REGIONS = ["US", "NL", "GB", "DE", "FR", "IN", "BR", "CA", "GG", "BE", "IT", "JP", "AU", "ES", "MX", None]


def text_of(rng: random.Random) -> str:
    parts = [str(rng.randrange(10 ** rng.randint(1, 11))) if rng.random() < 0.4 else rng.choice(PIECES)
             for _ in range(rng.randint(1, 8))]
    return "".join(parts) if rng.random() < 0.7 else " ".join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    regions = REGIONS + sorted(phonenumbers.SUPPORTED_REGIONS)
    end = time.monotonic() + args.seconds
    texts = misses = 0
    while time.monotonic() < end:
        text, region = text_of(rng), rng.choice(regions)
        texts += 1
        if phone_possible(text, region):
            continue
        matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
        found = [m.raw_string for m in matcher]
        if found:
            misses += 1
            print(f"missed: region {region}, text {text!r}, matcher found {found}", flush=True)
    print(f"{texts:,} texts, {misses} missed")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
