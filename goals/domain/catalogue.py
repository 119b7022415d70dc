"""The shared metric catalogue: metrics that mean the same thing in every förening's plan.

A district compares its föreningar on these. A plan reuses a catalogue metric by using its
id (`medlemmar`, `valfond`, ...); the district view then puts those goals side by side.
The seed plans and the demo generator use these ids.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CatalogueMetric:
    id: str
    labels: dict[str, str]
    type: str
    unit: str | None = None

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels["sv"]


CATALOGUE: tuple[CatalogueMetric, ...] = (
    CatalogueMetric("medlemmar", {"sv": "Medlemmar", "nb": "Medlemmer", "en": "Members"},
                    "level"),
    CatalogueMetric("aktiva", {"sv": "Aktiva medlemmar", "nb": "Aktive medlemmer",
                               "en": "Active members"}, "level"),
    CatalogueMetric("valfond", {"sv": "Valfonden", "nb": "Valgkampfond",
                                "en": "Election fund"}, "flow", "SEK"),
    CatalogueMetric("medlemsmoten", {"sv": "Medlemsmöten", "nb": "Medlemsmøter",
                                     "en": "Member meetings"}, "flow"),
    CatalogueMetric("webbinlagg", {"sv": "Inlägg på hemsidan", "nb": "Innlegg på nettsiden",
                                   "en": "Web posts"}, "flow"),
    CatalogueMetric("samtal", {"sv": "Samtal", "nb": "Samtaler", "en": "Calls"}, "flow"),
    CatalogueMetric("varvade", {"sv": "Värvade medlemmar", "nb": "Vervede medlemmer",
                                "en": "Members recruited"}, "flow"),
    CatalogueMetric("studiecirklar", {"sv": "Studiecirklar", "nb": "Studiesirkler",
                                      "en": "Study circles"}, "flow"),
    CatalogueMetric("utskick", {"sv": "Medlemsutskick", "nb": "Medlemsutsendelser",
                                "en": "Member mailings"}, "flow"),
)
BY_ID = {metric.id: metric for metric in CATALOGUE}
