"""Small plans for the mapping tests: a förening's year with member metrics, and a
district's campaign reported per förening."""

from __future__ import annotations

from tests.conftest import yaml_plan

YEAR = yaml_plan("""
    id: lag-2021
    title: Lagets plan 2021
    organisation: {id: lag, name: Laget}
    period: {start: 2021-01-01, end: 2021-12-31}
    metrics:
      medlemmar: {label: Medlemmar, type: level}
      aktiva: {label: Aktiva medlemmar, type: level}
      nya-medlemmar: {label: Nya medlemmar, type: flow}
      inlagg: {label: Inlägg, type: flow, tags: [hemsida, facebook]}
      kronor: {label: Insamlat, type: flow, unit: kr}
    sections:
      - title: Medlemmar
        goals:
          - {id: fler, text: Fler medlemmar, kind: increase, metric: medlemmar,
             baseline: 100, target: +20%}
          - {id: nya, text: Tio nya i månaden, kind: rate, metric: nya-medlemmar, target: 10,
             per: month}
          - {id: aktiva, text: Fler aktiva, kind: increase, metric: aktiva, baseline: 10,
             target: +50%}
      - title: Synas
        goals:
          - {id: inlagg, text: Två inlägg i månaden, kind: rate, metric: inlagg, target: 2,
             per: month}
          - {id: fond, text: Samla 5000 kr, kind: total, metric: kronor, target: 5000}
""")

CAMPAIGN = yaml_plan("""
    id: kampanj-2021
    title: Samtalskampanj
    organisation: {id: distrikt, name: Distriktet}
    period: {start: 2021-10-01, end: 2021-10-31}
    metrics:
      ringda-samtal: {label: Ringda samtal, type: flow}
      samtal: {label: Samtal, type: flow}
      varvade: {label: Värvade, type: flow}
    sections:
      - title: Kampanj
        goals:
          - {id: samtal, text: 1000 samtal, kind: total, metric: samtal, target: 1000}
          - {id: varvning, text: 50 värvade, kind: total, metric: varvade, target: 50}
""")
