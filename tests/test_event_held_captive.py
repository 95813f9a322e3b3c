"""A named person (or nationals named by a plural: "two Britons") held or kept by someone who
may detain people is detained (173): "Begg has been held by the US at Guantanamo Bay", "Iran
is holding two Britons". Those held by someone and then freed are freed by their holder: "Two
Italians who were held by Iraqi insurgents have been freed". Near misses: "held responsible",
"held in high regard", "held talks", "held him to his promise", "kept informed", a seat or a
post held, a person held by a private person, a thing released.
"""

from __future__ import annotations

import pytest
from factories import argument_row, check_argument_row

DATE = "2005-02-01"

ROWS = [
    argument_row(
        "Moazzam Begg has been held by the US at Guantanamo Bay for almost three years.",
        "173",
        "state:USA",
        "person:moazzam-begg",
        id="passive-by",
    ),
    argument_row(
        "Iran is holding two Britons on spying charges.", "173", "state:IRN", "state:GBR", id="nationals"
    ),
    argument_row(
        "Martin Mubanga was held by Zambian police for a week.",
        "173",
        "state:ZMB",
        "person:martin-mubanga",
        id="police",
    ),
    argument_row(
        "The US military has kept Feroz Abbasi at Guantanamo Bay since 2002.",
        "173",
        "state:USA",
        "person:feroz-abbasi",
        id="kept",
    ),
    argument_row(
        "Syria is holding Ahmed Khalil without trial.", "173", "state:SYR", "person:ahmed-khalil", id="active"
    ),
    argument_row(
        "Mamdouh Habib, held by the US for three years, was released on Tuesday.",
        "0841",
        "state:USA",
        "person:mamdouh-habib",
        id="freed-by-holder",
    ),
    argument_row(
        "Four Britons detained by the US were released yesterday.",
        "0841",
        "state:USA",
        "state:GBR",
        id="released-by-detainer",
    ),
    argument_row(
        "All four Britons held by the US in the Cuban camp will be freed within weeks.",
        "0",
        "state:USA",
        "state:GBR",
        absent=("17",),
        id="to-be-freed",
    ),
    # near misses
    argument_row("Blair held Bush responsible for the war.", None, absent=("17",), id="responsible"),
    argument_row("Brown was held in high regard by Blair.", None, absent=("17",), id="regard"),
    argument_row("Mr Blair held talks with Mr Bush.", "04", absent=("17",), id="talks"),
    argument_row("Smith was held by his mother.", None, absent=("17",), id="private-person"),
    argument_row("The seat was held by Labour.", None, absent=("17",), id="seat"),
    argument_row("Michael Howard held Tony Blair to his promise.", None, absent=("17",), id="to-promise"),
    argument_row("Gordon Brown kept Tony Blair informed.", None, absent=("17",), id="kept-informed"),
    argument_row("The court held that Tony Blair had acted lawfully.", None, absent=("17",), id="court-held"),
    argument_row("Mr Blair was kept waiting by Mr Bush.", None, absent=("17",), id="kept-waiting"),
    argument_row("John Smith held the post for ten years.", None, absent=("17",), id="post"),
    argument_row("Records released by the US show nothing.", None, absent=("08",), id="thing-released"),
    argument_row("Britons held in Iraq have been freed.", None, absent=("08",), id="no-holder-named"),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), ROWS)
def test_held_captive(facts, text, code, agent, target, absent):
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)


DOWNPLAY_ROWS = [
    argument_row(
        "The Kremlin downplayed suggestions that Vladimir Putin would visit Japan.",
        "016",
        "state:RUS",
        id="downplayed-suggestions",
    ),
    argument_row(
        "The Home Office downplayed reports of a row with the police.", "016", id="downplayed-reports"
    ),
    argument_row(
        "Gordon Brown downplayed speculation about the leadership.", "016", id="downplayed-speculation"
    ),
    # near misses: what is played down is no one's words
    argument_row("Jack Straw downplayed the cost of the war.", None, absent=("01",), id="downplayed-cost"),
    argument_row(
        "Michael Howard downplayed his chances of winning.", None, absent=("01",), id="downplayed-chances"
    ),
]


@pytest.mark.parametrize(("text", "code", "agent", "target", "absent"), DOWNPLAY_ROWS)
def test_downplayed_claims(facts, text, code, agent, target, absent):
    """Downplaying claims, reports or speculation is a denial (016), as refuting them is."""
    check_argument_row(facts(text, DATE).events, code, agent, target, absent)
