"""Forms (Flask-WTF: every one carries a CSRF token), validated with the engine's own checks."""

from __future__ import annotations

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    DateField,
    EmailField,
    HiddenField,
    PasswordField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, EqualTo, Length, Optional, Regexp, ValidationError

from app.engine.entry import (
    DAYS,
    FIRST_DAY,
    LAST_DAY,
    MAX_DESCRIPTION,
    check_description,
    parse_duration,
)

DAY_CHOICES = [SelectChoice(str(i), day) for i, day in enumerate(DAYS)]
LABEL_CHOICES = [SelectChoice(label) for label in ("marketing", "sales", "other")]
PASTE_LIMIT = 500


class WeekForm(FlaskForm):
    """Start an audit: any day of the week, an optional business name and note."""

    day = DateField("Any day of the week", validators=[DataRequired("Pick a day.")])
    business = StringField("Business name (optional)", validators=[Optional(), Length(max=120)])
    note = TextAreaField("Note (optional)", validators=[Optional(), Length(max=1000)])

    def validate_day(self, field: DateField) -> None:
        if not FIRST_DAY <= field.data <= LAST_DAY:
            raise ValidationError(f"Pick a day from {FIRST_DAY.year} to {LAST_DAY.year}.")


class RenameForm(FlaskForm):
    business = StringField("Business name", validators=[Optional(), Length(max=120)])
    note = TextAreaField("Note", validators=[Optional(), Length(max=1000)])


class ButtonForm(FlaskForm):
    """A button that changes something: it carries only the CSRF token."""


class ActivityForm(FlaskForm):
    """One activity: what, how long, which day, who."""

    description = StringField("What was done", validators=[
        DataRequired("Say what was done."), Length(max=MAX_DESCRIPTION)])
    duration = StringField("How long", validators=[DataRequired("Say how long it took.")],
                           description="e.g. 1.5h, 1h30, 90m, 1:30")
    day = SelectField("Day", choices=DAY_CHOICES)
    person = StringField("Who", validators=[Optional(), Length(max=80)])

    def validate_description(self, field: StringField) -> None:
        try:
            check_description(field.data or "")
        except ValueError as err:
            raise ValidationError(str(err)) from None

    def validate_duration(self, field: StringField) -> None:
        try:
            self.minutes = parse_duration(field.data or "")
        except ValueError as err:
            raise ValidationError(str(err)) from None


class PasteForm(FlaskForm):
    """Many activities at once, one per line; `confirm` is set once the owner saw the preview."""

    text = TextAreaField("One activity per line", validators=[
        DataRequired("Paste at least one line."), Length(max=PASTE_LIMIT * 600)])
    day = SelectField("Day, for lines that name none", choices=DAY_CHOICES)
    person = StringField("Who, for lines that name no one", validators=[Optional(),
                                                                         Length(max=80)])
    confirm = HiddenField()


class OverrideForm(FlaskForm):
    """The owner's correction of a tag."""

    label = SelectField("Correct label", choices=LABEL_CHOICES)
    category = StringField("Category (optional)", validators=[Optional(), Length(max=80)])
    reason = StringField("Why (optional)", validators=[Optional(), Length(max=500)])


class RuleForm(FlaskForm):
    """An owner's rule; `confirm` is set once the owner saw what it would change."""

    label = SelectField("Tag matching activities as", choices=LABEL_CHOICES)
    category = StringField("Category", validators=[DataRequired("Name a category."),
                                                   Length(max=80)],
                           description="e.g. Direct mail, Follow-up, Finance")
    phrases = TextAreaField("Words or phrases, one per line (matched together, in order)",
                            validators=[Optional(), Length(max=4000)],
                            description="e.g. Valpak, Rotary breakfast, tasting appointment")
    all_words = TextAreaField("Word sets, one per line (all the words, in any order)",
                              validators=[Optional(), Length(max=4000)])
    unless = TextAreaField("Unless the activity mentions (one per line)",
                           validators=[Optional(), Length(max=4000)])
    explanation = StringField("Why, in your words", validators=[
        DataRequired("Say why, for the explanation."), Length(max=500)])
    confirm = HiddenField()


class RuleFileForm(FlaskForm):
    """A rule file to import: uploaded, or pasted; `confirm` once the owner saw the preview."""

    file = FileField("A rule file (.toml, as exported)")
    text = TextAreaField("Or paste it", validators=[Optional(), Length(max=200_000)])
    confirm = HiddenField()


def _new_password(label: str) -> PasswordField:
    return PasswordField(label, validators=[
        DataRequired("Choose a password."),
        Length(min=8, max=200, message="A password has 8 to 200 characters.")],
        render_kw={"autocomplete": "new-password"})


def _repeat(name: str) -> PasswordField:
    return PasswordField("The same password again", validators=[
        EqualTo(name, message="The two passwords differ.")],
        render_kw={"autocomplete": "new-password"})


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired("Give your email."), Length(max=254)],
                       render_kw={"autocomplete": "username"})
    password = PasswordField("Password", validators=[DataRequired("Give your password."),
                                                     Length(max=200)],
                             render_kw={"autocomplete": "current-password"})


class SignupForm(FlaskForm):
    email = EmailField("Email", validators=[
        DataRequired("Give your email."), Length(max=254),
        Regexp(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", message="This is not an email address.")],
        render_kw={"autocomplete": "username"})
    password = _new_password("Password (8 characters or more)")
    repeat = _repeat("password")


class PasswordForm(FlaskForm):
    """Change the password: the current one first."""

    current = PasswordField("Current password", validators=[
        DataRequired("Give your current password."), Length(max=200)],
        render_kw={"autocomplete": "current-password"})
    password = _new_password("New password (8 characters or more)")
    repeat = _repeat("password")


class TokenForm(FlaskForm):
    name = StringField("What the token is for", validators=[
        DataRequired("Name the token, e.g. “Zapier”."), Length(max=80)])


class DeleteAccountForm(FlaskForm):
    """Deleting everything asks for the password again."""

    password = PasswordField("Your password, to confirm", validators=[
        DataRequired("Give your password to confirm."), Length(max=200)],
        render_kw={"autocomplete": "current-password"})
