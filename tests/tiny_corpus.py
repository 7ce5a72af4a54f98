"""A second, made-up corpus (a fictional town's tram line and a fictional football club).

It shares nothing with the seeds: no Birmingham, no Ofsted. The bot must answer from it
exactly as it answers from the seeds, knowing only what these two files say.
"""
from __future__ import annotations

from pathlib import Path

TRAM_ID = "kestrel_tram"
FOOTBALL_ID = "harrowgate_rovers"

TRAM = """\
Kestrel Vale tram line to reopen after eleven years

The Kestrel Vale tram line will carry passengers again from 14 September 2027, the town council announced on Monday.

The line closed in 2016 after a storm washed away the embankment near Orrin Bridge.

Engineer Marta Quillfeather, who leads the rebuilding project, said the new track would run for 9.4 kilometres between the harbour and Upper Kestrel.

The rebuilding will cost £61 million, of which £40 million comes from the regional transport fund.

Seven new stops will be built, including one outside St Brannoc's Hospital.

The council has ordered twelve electric trams from a workshop in Dunmere.

Each tram can carry 180 passengers, and trams will run every eight minutes at peak times.

Council leader Tobias Wrenfield said the reopening would "stitch the town back together".
"""

FOOTBALL = """\
Harrowgate Rovers appoint Ines Calloway as manager

Harrowgate Rovers have named Ines Calloway as their new manager on a three-year contract.

Calloway, 41, previously coached Selby Mariners, whom she led to the regional cup final in 2023.

She replaces Declan Ormsby, who left the club in March after six seasons in charge.

The club finished eleventh in the Northern League last season, winning 14 of its 38 matches.

Chairman Rupert Ashdown said Calloway was "the right person to rebuild the squad".

Rovers play their home games at Copperfield Park, a ground that holds 8,500 supporters.

The first match under Calloway will be against Fenwick Town on 9 August.

Nadia Pell, a spokesperson for the supporters' trust, said fans were excited about the appointment.
"""

ARTICLES = {TRAM_ID: TRAM, FOOTBALL_ID: FOOTBALL}


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder
