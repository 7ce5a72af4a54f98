"""Synthetic news-like articles for the scale benchmark: seeded, offline, no model.

What it does: writes `.txt` articles shaped like the real ones (a headline, a dateline, short
paragraphs of one or two sentences) from templates filled with varied people, places,
organisations, sums, counts and dates, until the folder holds about the asked number of
chunks, with the real articles copied in among them. Many are about the same beats as the
real ones (councils, children's services, inspections, schools, police), several in the same
city, so they are distractors a retriever has to see past, not noise it can ignore.

What it does not do: state the facts the project's questions ask about. No generated
article uses a name from the real articles, so any hit on them is a true hit.
"""
from __future__ import annotations

import random
import shutil
from pathlib import Path

from index.text import chunk_article, load_article

FIRST = ("Aisha Patel Ben Carter Chloe Murray Daniel Okafor Ella Hughes Farid Khan Grace Lewis Harry Doyle Imogen Reid "
         "Jamal Ahmed Katie Walsh Liam Foster Maya Singh Noah Price Olivia Grant Priya Shah Quentin Hale Rosa Moreno "
         "Samuel Obi Tara Quinn Umar Rashid Victoria Lane William Hart Yasmin Ali Zoe Fletcher Arjun Mehta Bethany Cole "
         "Connor Blake Deborah Nash Ethan Park Fiona Kerr Gareth Rowe Helen Marsh Ian Stone Julia Webb Kieran Moss "
         "Laura Pike Martin Shaw Nadia Bashir Oscar Fleming Paula Dunn Rachel Byrne Simon Frost Tom Ellis Vikram Rao").split()
NAMES = [f"{FIRST[i]} {FIRST[i + 1]}" for i in range(0, len(FIRST) - 1, 2)]
SURNAMES = sorted({n.split()[1] for n in NAMES})
CITIES = ["Birmingham", "Coventry", "Wolverhampton", "Leicester", "Nottingham", "Derby", "Stoke-on-Trent", "Walsall",
          "Dudley", "Sandwell", "Solihull", "Worcester", "Hereford", "Telford", "Shrewsbury", "Stafford", "Leeds",
          "Sheffield", "Bradford", "Manchester", "Salford", "Liverpool", "Bristol", "Plymouth", "Norwich", "Ipswich",
          "Reading", "Swindon", "Oxford", "Cambridge", "Luton", "Northampton", "Peterborough", "Hull", "York",
          "Sunderland", "Newcastle", "Middlesbrough", "Exeter", "Gloucester"]
ORGS = ["City Council", "County Council", "Metropolitan Borough Council", "District Council"]
PARTIES = ["Labour", "Conservative", "Liberal Democrat", "Green", "independent"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ROLES = ["council leader", "cabinet member for finance", "chief executive", "director of public health",
         "head teacher", "chief constable", "union representative", "opposition leader", "project manager",
         "director of adult social care", "cabinet member for transport", "ward councillor", "chair of governors",
         "regional organiser", "consultant surgeon", "managing director", "housing officer", "charity founder"]

TOPICS = {
    "budget": {
        "titles": ["{city} council sets out £{m}m savings plan", "Council tax in {city} to rise by {pct} per cent",
                   "{city} budget gap grows to £{m}m", "Cuts to {service} proposed as {city} balances its books"],
        "lines": [
            "{org} has published plans to save £{m} million over the next {n} years.",
            "The proposals include a {pct} per cent rise in council tax and cuts to {service}.",
            "{role_a} {a} said the authority had been left with “no choice” after a fall in government funding.",
            "Opposition members said the plan would hit the poorest households hardest.",
            "A public consultation on the proposals will run until {month} {day}.",
            "About {k} posts could be lost, although the council hopes most will go through voluntary redundancy.",
            "The authority spends around £{m2} million a year on {service}.",
            "{a} told a meeting of the full council that reserves had fallen to their lowest level since {year}.",
            "Unison’s {role_b} {b} warned that front-line staff were already stretched.",
            "The budget will be put to a vote of the full council in {month}.",
            "Auditors had warned in {year} that the council’s finances were under severe pressure.",
        ]},
    "children": {
        "titles": ["Ofsted finds {city} children’s services {grade}", "{city} children’s services improve, say inspectors",
                   "Social worker shortage hits {city} child protection", "New director appointed to lead {city} children’s services"],
        "lines": [
            "Inspectors from Ofsted rated children’s services in {city} as {grade} after a {n}-week inspection.",
            "The report found that too many children waited too long for an assessment of their needs.",
            "{role_a} {a} said the council accepted the findings in full and had already begun to act on them.",
            "Caseloads for some social workers had reached {k} children, well above the recommended level.",
            "The service has relied on agency staff to fill around {pct} per cent of social work posts.",
            "Inspectors praised the work of the fostering team, describing it as a clear strength.",
            "A follow-up visit is expected within {n} months.",
            "The department was placed under a government improvement notice in {year}.",
            "{b}, the council’s {role_b}, said recruitment of permanent staff remained the biggest challenge.",
            "The council said it would invest £{m} million in early help services for families.",
            "A serious case review published in {year} had criticised communication between agencies.",
        ]},
    "schools": {
        "titles": ["{city} school rated {grade} by Ofsted", "Plans for new secondary school in {city} approved",
                   "Exam results rise at {city} academies", "Parents protest over {city} school closure plan"],
        "lines": [
            "{school} has been rated {grade} following an inspection in {month}.",
            "Inspectors said pupils behaved well but that attendance remained below the national average.",
            "Head teacher {a} said staff and pupils were proud of the progress made over the past {n} years.",
            "The school has {k} pupils on its roll and is part of a multi-academy trust.",
            "A new sixth form block costing £{m} million is due to open in {month} {year}.",
            "Parents gathered outside the council house to hand in a petition signed by {k} people.",
            "The proportion of pupils reaching the expected standard rose to {pct} per cent.",
            "{b}, {role_b}, said the trust would consult families before making any decision.",
            "The council said falling birth rates meant there were {k} empty places across the area.",
            "Ofsted last inspected the school in {year}, when it was judged to require improvement.",
        ]},
    "police": {
        "titles": ["Man charged after {city} stabbing", "Police appeal after burglaries in {city}",
                   "Knife crime falls in {city}, figures show", "{k} arrested in {city} drugs raids"],
        "lines": [
            "Police were called to {street} in {city} shortly after {hour}pm on {weekday}.",
            "A {age}-year-old man has been charged and is due to appear before magistrates on {weekday}.",
            "Detective Inspector {a} said officers were keen to hear from anyone with dashcam footage.",
            "Figures released by the force show a {pct} per cent fall in recorded offences over the past year.",
            "Officers carried out warrants at {k} addresses across the city in the early hours.",
            "The victim was taken to hospital with injuries that are not thought to be life-threatening.",
            "Anyone with information is asked to call 101 quoting log number {log}.",
            "{b}, the {role_b}, said the community had been shaken by the incident.",
            "The force has recruited {k} new officers since {year} under a national uplift programme.",
            "A cordon remained in place for several hours while forensic officers examined the scene.",
        ]},
    "health": {
        "titles": ["{city} hospital waiting lists reach record high", "New A&E unit opens in {city}",
                   "Nurses in {city} vote to strike", "{city} GP surgery to close in {month}"],
        "lines": [
            "More than {k} patients have now waited over a year for planned treatment at the trust.",
            "The new emergency department cost £{m} million and will treat up to {k2} patients a day.",
            "{role_a} {a} said staff had worked tirelessly through a very difficult winter.",
            "Union members voted by {pct} per cent in favour of industrial action over pay.",
            "Patients registered at the surgery will be moved to a practice {n} miles away.",
            "The trust said it had opened {n} extra wards to cope with demand.",
            "A spokesperson for the integrated care board said the closure was unavoidable.",
            "{b}, a {role_b}, warned that delays in discharging patients were blocking beds.",
            "Ambulance handover times averaged {n} hours on the busiest days in {month}.",
            "Health chiefs first raised concerns about capacity at the hospital in {year}.",
        ]},
    "transport": {
        "titles": ["Tram extension to {city2} approved", "{city} bus routes cut as operator blames costs",
                   "£{m}m road scheme for {city} gets go-ahead", "Rail passengers in {city} face {n} weeks of disruption"],
        "lines": [
            "The {m}-million-pound scheme will extend the line by {n} miles to {city2}.",
            "The operator said {k} services a week would be withdrawn from {month}.",
            "{role_a} {a} said the project would cut journey times and bring new jobs to the area.",
            "Construction is expected to begin in {year} and finish within {n} years.",
            "Passenger numbers on the route have fallen by {pct} per cent since {year}.",
            "Campaigners said the cuts would leave older residents in outlying villages isolated.",
            "Replacement buses will run between {city} and {city2} while engineering work is carried out.",
            "{b}, the {role_b}, said the council had lobbied ministers for extra funding.",
            "The scheme includes {n} new stops and a park-and-ride site with {k} spaces.",
        ]},
    "business": {
        "titles": ["{k} jobs at risk as {city} factory faces closure", "{city} firm wins £{m}m contract",
                   "New shopping centre plans for {city} unveiled", "{city} brewery expands with {k} new jobs"],
        "lines": [
            "The company, which employs {k} people at its {city} site, said trading had become unsustainable.",
            "{company} has secured a contract worth £{m} million to supply parts for the next {n} years.",
            "Managing director {a} said the deal was a vote of confidence in the workforce.",
            "The development would include {k2} homes, shops and a {n}-screen cinema.",
            "Sales rose by {pct} per cent in the year to {month}, according to its latest accounts.",
            "The firm was founded in {city} in {year} and moved to its current site a decade later.",
            "{b}, {role_b}, said the union would fight to save every job.",
            "Planning officers have recommended that the scheme be approved.",
            "The expansion is expected to be completed by {month} {year2}.",
        ]},
    "housing": {
        "titles": ["{k} new homes planned for {city} brownfield site", "Tenants in {city} tower block complain of damp",
                   "{city} homelessness rises by {pct} per cent", "Council to buy {n} hundred homes in {city}"],
        "lines": [
            "The plans for {k} homes on the former industrial site were approved by councillors on {weekday}.",
            "Residents said they had reported mould and leaks to the housing association for {n} years.",
            "The number of families in temporary accommodation has risen to {k}.",
            "{role_a} {a} said the council was doing everything it could to find permanent homes.",
            "Around {pct} per cent of the new homes will be offered at affordable rents.",
            "The council will borrow £{m} million to fund the purchases.",
            "{b}, a {role_b}, described conditions in the block as a disgrace.",
            "The first residents are expected to move in during {month} {year2}.",
            "Figures show the waiting list for social housing has grown every year since {year}.",
        ]},
    "sport": {
        "titles": ["{city} Town beat {city2} in derby thriller", "{city} to host national athletics championships",
                   "New sports centre for {city} opens its doors", "{city} cricket club celebrates {n}0 years"],
        "lines": [
            "A late goal from {a} gave {city} Town a {n}-{n0} victory over their rivals.",
            "The championships will bring an estimated {k} visitors to the city over {n} days.",
            "The £{m} million centre includes a {n}-lane swimming pool and a climbing wall.",
            "Manager {b} said his side had shown great character after going behind early on.",
            "Attendance at the ground reached {k2}, the highest of the season.",
            "The club was founded in {year} and has produced several international players.",
            "{role_a} {a} said the facility would be open to schools and community groups.",
            "Tickets go on sale on {weekday} {day} {month}.",
        ]},
    "environment": {
        "titles": ["Flood defences for {city} delayed again", "{city} clean air zone cuts pollution, report says",
                   "River {river} pollution blamed on sewage spills", "{city} to plant {k} trees by {year2}"],
        "lines": [
            "The Environment Agency said the £{m} million flood scheme would now be finished in {year2}.",
            "Levels of nitrogen dioxide fell by {pct} per cent in the first year of the clean air zone.",
            "The water company recorded {k} sewage spills into the river last year.",
            "{role_a} {a} said residents who were flooded in {year} deserved better.",
            "Volunteers have already planted {k2} trees in parks and along main roads.",
            "Campaigners want the river to be given bathing water status.",
            "{b}, the {role_b}, said the council remained committed to reaching net zero by {year2}.",
            "A report to the council’s scrutiny committee will be published in {month}.",
        ]},
}
QUOTES = ["“We have listened to residents and we will keep listening,” {a} said.",
          "“This is a difficult decision but it is the right one,” said {a}.",
          "“People deserve answers, and they deserve them quickly,” {b} said.",
          "“We are not going to pretend everything is fixed,” {a} added.",
          "“It has been a very challenging year for everyone involved,” said {b}.",
          "“There is still a great deal of work to do,” {a} told reporters."]
CLOSERS = ["A further update is expected at the next meeting of the cabinet.",
           "The council said it would respond formally within {n} weeks.",
           "A spokesperson said no further comment would be made at this stage.",
           "The decision can be called in for review by the scrutiny committee.",
           "More details are expected to be published in {month}."]
SERVICES = ["libraries", "street cleaning", "youth services", "adult social care", "bin collections", "parks",
            "leisure centres", "road maintenance", "children’s centres", "home care"]
GRADES = ["inadequate", "requires improvement", "good", "outstanding"]
STREETS = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane", "King Street",
           "Queens Road", "Bridge Street", "Albert Road"]
RIVERS = ["Tame", "Rea", "Cole", "Avon", "Severn", "Trent", "Soar", "Wye", "Teme", "Sowe"]
TAILS = [", according to figures released by the authority on {weekday}",
         ", a spokesperson for {org} confirmed in a statement issued last week",
         ", although the final decision rests with the cabinet, which meets again in {month}",
         ", in what {b} described as one of the most significant moments for {city} in a generation",
         ", and similar concerns have been raised in neighbouring areas including {city2}",
         ", the latest in a series of announcements made since the start of {year}",
         ", a figure that has risen steadily over the past {n} years despite repeated promises",
         ", campaigners and local residents told a packed public meeting at the town hall",
         ", while officials insist that lessons from earlier reviews have already been learned",
         ", with a full report due to be published on the council website before the end of {month}"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _fill(t: str, v: dict) -> str:
    return t.format(**v)


def article(rng: random.Random) -> tuple[str, str]:
    """(slug, text) of one generated article."""
    topic = rng.choice(list(TOPICS))
    spec = TOPICS[topic]
    city = rng.choice(CITIES)
    year = rng.randint(2005, 2023)
    a, b = rng.sample(NAMES, 2)
    v = {
        "city": city, "city2": rng.choice([c for c in CITIES if c != city]),
        "org": f"{city} {rng.choice(ORGS)}", "a": a, "b": b,
        "role_a": rng.choice(ROLES).capitalize(), "role_b": rng.choice(ROLES),
        "m": rng.choice([2, 4, 7, 12, 18, 25, 38, 46, 60, 85, 120, 240]), "m2": rng.randint(3, 400),
        "n": rng.randint(2, 9), "n0": rng.randint(0, 1), "k": rng.randint(12, 900), "k2": rng.randint(1000, 40000),
        "pct": rng.randint(2, 60), "year": year, "year2": year + rng.randint(1, 6), "month": rng.choice(MONTHS),
        "day": rng.randint(1, 28), "weekday": rng.choice(WEEKDAYS), "hour": rng.randint(1, 11),
        "age": rng.randint(17, 70), "log": rng.randint(100, 9999), "service": rng.choice(SERVICES),
        "grade": rng.choice(GRADES), "street": rng.choice(STREETS), "river": rng.choice(RIVERS),
        "school": f"{rng.choice(SURNAMES)} {rng.choice(['Academy', 'High School', 'Primary School', 'College'])}",
        "company": f"{rng.choice(SURNAMES)} {rng.choice(['Engineering', 'Foods', 'Logistics', 'Plastics', 'Brewing'])}",
    }
    title = _fill(rng.choice(spec["titles"]), v)
    title = title[0].upper() + title[1:]
    lines = rng.sample(spec["lines"], k=min(len(spec["lines"]), rng.randint(6, 10)))
    lines.insert(rng.randint(2, len(lines)), rng.choice(QUOTES))
    # a second story from another beat in the same place, as local round-ups often have
    other = TOPICS[rng.choice(list(TOPICS))]["lines"]
    lines += rng.sample(other, k=rng.randint(1, 3))
    lines.append(rng.choice(CLOSERS))
    # news sentences run long: most carry a clause of attribution or context
    lines = [x[:-1] + rng.choice(TAILS) + "." if x.endswith(".") and rng.random() < 0.75 else x for x in lines]
    paras, i = [], 0
    while i < len(lines):
        take = 2 if rng.random() < 0.3 and i + 1 < len(lines) else 1
        paras.append(" ".join(_fill(x, v) for x in lines[i:i + take]))
        i += take
    dateline = f"Published {v['day']} {v['month']} {year}"
    return topic, f"{title}\n\n{dateline}\n\n" + "\n\n".join(paras) + "\n"


def make_corpus(out: Path, target_chunks: int, real: Path, seed: int = 7, chunk_chars: int = 700) -> dict:
    """Fill `out` with the real articles plus generated ones until about `target_chunks` chunks."""
    out.mkdir(parents=True, exist_ok=True)
    n_chunks, n_articles = 0, 0
    for p in sorted(real.glob("*.txt")):
        shutil.copyfile(p, out / p.name)
        n_chunks += len(chunk_article(load_article(out / p.name, 2_000_000), chunk_chars))
        n_articles += 1
    rng = random.Random(seed)
    i = 0
    while n_chunks < target_chunks:
        topic, text = article(rng)
        path = out / f"syn_{i:06d}_{topic}.txt"
        path.write_text(text, encoding="utf-8")
        n_chunks += len(chunk_article(load_article(path, 2_000_000), chunk_chars))
        n_articles += 1
        i += 1
    return {"articles": n_articles, "chunks": n_chunks, "real": n_articles - i, "seed": seed}
