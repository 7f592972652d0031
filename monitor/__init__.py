"""The monitor: watches the world for a plan's deliveries and for job losses, and tells people.

An entry travels through one package per stage: `ingest` (source → fetch → parse),
`storage` (store), `judgement` (judge → evidence or case), `alerting` (status → digest →
channel); `running` schedules the stages' jobs and `cli` is the command line. `app.Monitor`
wires them (the composition root); `config`, `errors` and `clock` serve every stage. The
values passed between stages are in `model`. See docs/architecture.md.
"""
