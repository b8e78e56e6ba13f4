#!/usr/bin/env python3
"""Checks the golden records (tests/ConflictWatch.Extraction.Tests/Golden/*.jsonl).

Every event-type/sub-event-type pair must be valid ACLED, coordinates must lie in 5..25 N / -13..17 E,
ids must be unique, dates must parse. With --geonames DIR (e.g. ../shared/data/geonames) it also checks
that every geo_precision 1 point lies within 2 km of a populated place of the coded country.
Prints which sub-event types the set covers. Standard library only.
"""
import argparse, csv, datetime, json, math, os, sys

TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
}
CC = {"Mali": "ML", "Burkina Faso": "BF", "Niger": "NE"}


def km(a, b, c, d):
    p1, p2 = math.radians(a), math.radians(c)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(d - b) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(min(1, h)))


def date(s):
    return datetime.date.fromisoformat(s)


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("files", nargs="*", default=[os.path.join(here, "../ConflictWatch.Extraction.Tests/Golden", f) for f in ("golden.jsonl", "pages.jsonl")])
    ap.add_argument("--geonames")
    a = ap.parse_args()
    places = {}
    if a.geonames:
        for country, cc in CC.items():
            with open(os.path.join(a.geonames, cc + ".txt"), encoding="utf-8") as f:
                places[country] = [(float(r[4]), float(r[5])) for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if r[6] == "P"]
    errors, ids, covered = [], set(), set()
    n_cases = n_ev = n_cl = 0
    for path in a.files:
        for ln, line in enumerate(open(path, encoding="utf-8"), 1):
            if not line.strip():
                continue
            c = json.loads(line)
            where = f"{os.path.basename(path)}:{ln} {c.get('id')}"
            n_cases += 1
            if c["id"] in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(c["id"])
            pub = date(c["published"])
            for k, e in enumerate(c["events"]):
                n_ev += 1
                w = f"{where} event {k}"
                d = date(e["event_date"])
                if d > pub:
                    errors.append(f"{w}: event after publication")
                if e["time_precision"] not in (1, 2, 3):
                    errors.append(f"{w}: time_precision")
                if e["geo_precision"] not in (1, 2, 3):
                    errors.append(f"{w}: geo_precision")
                types, subs = e["event_type"], e["sub_event_type"]
                if not any(s in TYPES.get(t, []) for t in types for s in subs):
                    errors.append(f"{w}: no valid type pair in {types} x {subs}")
                if subs[0] not in TYPES.get(types[0], []):
                    errors.append(f"{w}: canonical pair {types[0]} / {subs[0]} invalid")
                for t in types:
                    for s in subs:
                        if s in TYPES.get(t, []):
                            covered.add((t, s))
                if not (5 <= e["latitude"] <= 25 and -13 <= e["longitude"] <= 17):
                    errors.append(f"{w}: coordinates out of range")
                if e["country"] not in CC:
                    errors.append(f"{w}: country {e['country']}")
                if not e["actor1"]:
                    errors.append(f"{w}: actor1 empty")
                hi = e.get("fatalities_high")
                if hi is not None and hi < e["fatalities"]:
                    errors.append(f"{w}: fatalities_high < fatalities")
                if places and e["geo_precision"] == 1:
                    best = min(km(e["latitude"], e["longitude"], la, lo) for la, lo in places[e["country"]])
                    if best > 2:
                        errors.append(f"{w}: {e['location']} is {best:.1f} km from any GeoNames place in {e['country']}")
            for k, cl in enumerate(c["claims"]):
                n_cl += 1
                if date(cl["period_start"]) > date(cl["period_end"]):
                    errors.append(f"{where} claim {k}: period reversed")
    missing = [(t, s) for t, subs in TYPES.items() for s in subs if (t, s) not in covered and s != "Chemical weapon"]
    print(f"{n_cases} cases, {n_ev} events, {n_cl} claims; sub-event types not covered: {missing or 'none'}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors or missing else 0


if __name__ == "__main__":
    sys.exit(main())
