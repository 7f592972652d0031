"""The desk's forms (Flask-WTF): every one carries a CSRF token, checked on every POST."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import DateField, HiddenField, PasswordField, StringField, TextAreaField
from wtforms.validators import AnyOf, DataRequired, Length, Regexp

from timeline.model import EvidenceKind, EvidenceState

_STATES = [s.value for s in EvidenceState]
_NOTE = [Length(max=2000)]


class LoginForm(FlaskForm):
    name = StringField(
        "Your name",
        validators=[
            DataRequired(),
            Length(max=64),
            Regexp(r"^[^\x00-\x1f\x7f]+$", message="letters, digits and spaces"),
        ],
    )
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)])
    next = HiddenField()


class DecisionForm(FlaskForm):
    """Confirm or reject evidence or a report; `seen` is the state the person saw."""

    decision = HiddenField(validators=[AnyOf(["confirm", "reject"])])
    seen = HiddenField(validators=[AnyOf(_STATES)])
    note = TextAreaField("Note", validators=_NOTE)
    next = HiddenField()


class AssignForm(FlaskForm):
    milestone = StringField("Milestone", validators=[DataRequired(), Length(max=100)])
    kind = StringField(
        "Kind",
        default=EvidenceKind.DELIVERED.value,
        validators=[AnyOf([k.value for k in EvidenceKind])],
    )
    seen = HiddenField(validators=[AnyOf(_STATES)])
    note = TextAreaField("Note", validators=_NOTE)
    next = HiddenField()


class RecordForm(FlaskForm):
    """A delivery the monitor has not found, recorded by a person (as `timeline record`)."""

    delivered_on = DateField("Delivered on", validators=[DataRequired()])
    url = StringField(
        "Source",
        validators=[
            DataRequired(),
            Length(max=2000),
            Regexp(r"^https?://\S+$", message="an http(s) address"),
        ],
    )
    title = StringField("Title", validators=[Length(max=1000)])
    note = TextAreaField("Note", validators=_NOTE)


class SplitForm(FlaskForm):
    reports = StringField("Reports", validators=[DataRequired(), Length(max=500)])
    note = TextAreaField("Note", validators=_NOTE)


class MergeForm(FlaskForm):
    other = StringField(
        "Merge with case",
        validators=[DataRequired(), Regexp(r"^\s*c?\d+(?:[\s,]+c?\d+)*\s*$", message="c12 c57")],
    )
    note = TextAreaField("Note", validators=_NOTE)


class ActionForm(FlaskForm):
    """A button alone (enable a source, retry a digest, sign out): only the CSRF token."""
