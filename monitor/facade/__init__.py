"""The parts of the `Monitor` facade (monitor/app.py), one concern each, as mixins.

`app.py` wires configuration, storage, the plan and the stages; what a person does about
evidence (`decisions`), job-loss cases (`cases`) and sources (`sources`) stand here so the
composition root stays short. Each mixin names the attributes it needs from `Monitor`.
"""
