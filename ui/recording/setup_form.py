"""The hearing setup form: court, case, judge, secretary, closed flag, participants and microphones.

:class:`HearingSetupForm` builds an :class:`app.hearing.details.HearingInfo` from what the
secretary typed and validates it with the model's own rules (:meth:`HearingInfo.validate`): every
problem is listed under the form in the current language and the field it belongs to is outlined in
red, so nothing invalid is silently accepted. The participants table holds role, name and
microphone per row (:mod:`ui.recording.participants`). The courtroom's microphone map can be saved
as a template and loaded before the next hearing (:mod:`ui.recording.templates`). When a signing
certificate is open, the secretary's name comes from it and cannot be edited.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from app.hearing.court_time import court_now
from app.hearing.details import CATEGORIES, INSTANCES, FieldProblem, HearingInfo, Participant
from app.hearing.inputs import InputChoice
from ui.recording.participants import JUDGE_ROLES, ParticipantsBox
from ui.recording.templates import CourtroomTemplate, SeatTemplate, load_template, save_template
from ui.station.composition import WindowParts
from ui.widgets import terms
from ui.widgets.form_widgets import WholeDateEdit, fill_coded_combo
from ui.widgets.i18n import Retranslatable

INVALID_STYLE = "border: 2px solid #d22; background: #fff0f0;"


class HearingSetupForm(Retranslatable, QWidget):
    """The form; ``changed`` fires on any edit (a pre-hearing check then has to be redone)."""

    changed = Signal()

    def __init__(self, station: WindowParts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        # a station always offers the simulated microphone, even if a caller listed no inputs
        self.choices: list[InputChoice] = station.inputs() or [InputChoice("speech", "speech", 32)]
        self.court = QLineEdit()
        self.courtroom = QLineEdit()
        self.instance = QComboBox()
        self.category = QComboBox()
        self.case_number = QLineEdit()
        self.date = WholeDateEdit(
            QDate.fromString(today(), "yyyy-MM-dd")
        )  # the court's date; one Tab past it
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.judge = QLineEdit()
        self.secretary = QLineEdit()
        if station.secretary:
            self.secretary.setText(station.secretary)
            self.secretary.setReadOnly(True)
        self.closed_hearing = QCheckBox()
        self.input = QComboBox()
        self.channels = QSpinBox()
        self.channels.setRange(1, 32)
        self.channels.setValue(min(8, self.choices[0].max_channels) if self.choices else 8)
        self.participants_box = ParticipantsBox()
        box = self.participants_box  # its parts, by the names the form has always had
        self.table, self.add_button = box.table, box.add_button
        self.remove_button = box.remove_button
        self.load_button, self.save_button = box.load_button, box.save_button
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b00; font-weight: bold;")
        self.template_label = QLabel()
        self.no_card_label = QLabel()
        self.no_card_label.setWordWrap(True)
        self.no_card_label.setStyleSheet("color: #0a4d8c;")
        self._field_labels: dict[str, QLabel] = {}
        self._build()
        self.add_button.clicked.connect(self.add_participant_row)
        self.judge.editingFinished.connect(self.judge_to_participants)
        self.save_button.clicked.connect(self.save_template)
        self.load_button.clicked.connect(self.load_template)
        self.input.currentIndexChanged.connect(self._input_changed)
        for w in (self.court, self.courtroom, self.case_number, self.judge, self.secretary):
            w.textChanged.connect(self.changed)
        for c in (self.instance, self.category):
            c.currentIndexChanged.connect(self.changed)
        self.channels.valueChanged.connect(self._channels_changed)
        self.date.dateChanged.connect(self.changed)
        self.closed_hearing.toggled.connect(self.changed)
        box.changed.connect(self.changed)
        box.roleChanged.connect(self.judge_to_participants)
        self.retranslate()
        self._input_changed()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        form = QFormLayout()
        rows = [
            ("court", self.court),
            ("courtroom", self.courtroom),
            ("instance", self.instance),
            ("category", self.category),
            ("case_number", self.case_number),
            ("date", self.date),
            ("judge", self.judge),
            ("secretary", self.secretary),
            ("closed_hearing", self.closed_hearing),
        ]
        for name, widget in rows:
            label = QLabel()
            label.setBuddy(widget)
            self._field_labels[name] = label
            form.addRow(label, widget)
        self.input_label = QLabel()
        self.channels_label = QLabel()
        form.addRow(self.input_label, self.input)
        form.addRow(self.channels_label, self.channels)
        form.addRow(self.no_card_label)
        self.details_box = QGroupBox()
        self.details_box.setLayout(form)
        grid = QGridLayout(self)
        grid.addWidget(self.details_box, 0, 0)
        grid.addWidget(self.participants_box, 0, 1)
        grid.addWidget(self.problems_label, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)  # court names are long (“Specialised inter-district…”)
        grid.setColumnStretch(1, 1)

    def retranslate(self) -> None:
        for name, label in self._field_labels.items():
            label.setText(terms.field_label(name) + ":")
        self.details_box.setTitle(self.tr("Hearing"))
        self.input_label.setText(self.tr("Sound input:"))
        self.channels_label.setText(self.tr("Microphones (channels):"))
        self.case_number.setPlaceholderText(self.tr("e.g. 7199-26-00-2/1234"))
        fill_coded_combo(self.instance, INSTANCES, terms.INSTANCE_TEXTS)
        fill_coded_combo(self.category, CATEGORIES, terms.CATEGORY_TEXTS)
        current = self.input.currentIndex()
        self.input.blockSignals(True)
        self.input.clear()
        for choice in self.choices:
            self.input.addItem(self._choice_label(choice), choice.key)
        self.input.setCurrentIndex(max(0, current))
        self.input.blockSignals(False)
        if not any(c.kind == "device" for c in self.choices):
            self.no_card_label.setText(
                self.tr(
                    "No sound card was found. You can try everything with the simulated microphone; "  # noqa: E501 - one translatable string
                    "connect the microphone interface to record a real hearing."
                )
            )
        else:
            self.no_card_label.setText("")
        if self.problems_label.text():
            self.show_problems(self.problems())

    def _choice_label(self, choice: InputChoice) -> str:
        if choice.kind == "speech":
            return self.tr("Simulated microphone (speech)")
        if choice.kind == "tones":
            return self.tr("Simulated microphone (test tones)")
        return choice.label

    # ------------------------------------------------------------------ participants
    def add_participant(self, role: str, name: str, channel: int | None) -> int:
        return self.participants_box.add(role, name, channel, self.channels.value())

    def add_participant_row(self) -> int:
        """A new participant row; the keyboard goes to its name. The first row added after the
        judge was typed is the judge's, filled in: the judge is typed once."""
        judge = self.judge.text().strip()
        if judge and self.participants_box.judge_row() is None:
            row = self.add_participant("judge", judge, 1)
        else:
            row = self.add_participant("other", "", None)
        self.participants_box.focus_name(row)
        return row

    def judge_to_participants(self) -> None:
        """A judge's row without a name takes the judge field's (typed once, not twice)."""
        judge = self.judge.text().strip()
        name = self.participants_box.name_edit(self.participants_box.judge_row())
        if judge and name is not None and not name.text().strip():
            name.setText(judge)

    def next_hearing(self) -> None:
        """Ready for the next hearing in this courtroom: the court, courtroom, judge and the
        microphones stay; the case number, the closed flag and the participants are cleared
        (they belong to the last hearing and would be recorded again unnoticed)."""
        self.case_number.clear()
        self.closed_hearing.setChecked(False)
        self.clear_participants()
        self.problems_label.clear()

    def participants(self) -> list[Participant]:
        return self.participants_box.participants()

    def used_channels(self) -> list[int]:
        """The microphones someone sits at (1-based): the pre-hearing check listens to these."""
        return sorted({p.channel for p in self.participants() if p.channel})

    def clear_participants(self) -> None:
        self.participants_box.clear()

    # ------------------------------------------------------------------ input
    def current_choice(self) -> InputChoice:
        return self.choices[max(0, self.input.currentIndex())]

    def _input_changed(self) -> None:
        self.channels.setMaximum(self.current_choice().max_channels)
        self.changed.emit()

    def _channels_changed(self, n: int) -> None:
        self.participants_box.set_channels(n)
        self.changed.emit()

    # ------------------------------------------------------------------ model
    def info(self) -> HearingInfo:
        return HearingInfo(
            court=self.court.text().strip(),
            courtroom=self.courtroom.text().strip(),
            instance=str(self.instance.currentData()),
            category=str(self.category.currentData()),
            case_number=self.case_number.text().strip(),
            date=self.date.date().toString("yyyy-MM-dd"),
            judge=self.judge.text().strip(),
            secretary=self.secretary.text().strip(),
            closed_hearing=self.closed_hearing.isChecked(),
            participants=self.participants(),
        )

    def problems(self) -> list[FieldProblem]:
        info = self.info()
        problems = info.validate(self.channels.value())
        if not info.participants:
            problems.append(FieldProblem("participants", "no participants"))
        elif not any(p.channel for p in info.participants):
            problems.append(FieldProblem("participants", "nobody sits at a microphone"))
        return problems

    def validate(self) -> bool:
        """Show every problem and outline its field; True when the form can be used."""
        problems = self.problems()
        self.show_problems(problems)
        return not problems

    def show_problems(self, problems: list[FieldProblem]) -> None:
        widgets = {
            "court": self.court,
            "courtroom": self.courtroom,
            "case_number": self.case_number,
            "date": self.date,
            "judge": self.judge,
            "secretary": self.secretary,
            "instance": self.instance,
            "category": self.category,
        }
        bad = {p.field for p in problems}
        for name, w in widgets.items():
            w.setStyleSheet(INVALID_STYLE if name in bad else "")
        self.participants_box.outline(bad, INVALID_STYLE)
        lines = [self._problem_text(p) for p in problems]
        self.problems_label.setText("\n".join("• " + line for line in lines))
        first = next((widgets[p.field] for p in problems if p.field in widgets), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _problem_text(self, p: FieldProblem) -> str:
        if p.message == "no participants":
            return self.tr("Add the participants of the hearing")
        if p.message == "nobody sits at a microphone":
            return self.tr("Give at least one participant a microphone")
        return terms.problem_text(p.field, p.message)

    def fill(self, info: HearingInfo) -> None:
        self.court.setText(info.court)
        self.courtroom.setText(info.courtroom)
        self.instance.setCurrentIndex(max(0, self.instance.findData(info.instance)))
        self.category.setCurrentIndex(max(0, self.category.findData(info.category)))
        self.case_number.setText(info.case_number)
        if info.date:
            self.date.setDate(QDate.fromString(info.date, "yyyy-MM-dd"))
        self.judge.setText(info.judge)
        if not self.secretary.isReadOnly():
            self.secretary.setText(info.secretary)
        self.closed_hearing.setChecked(info.closed_hearing)
        self.clear_participants()
        for p in info.participants:
            self.add_participant(p.role, p.name, p.channel)
        for w in (self.court, self.judge, self.secretary, self.case_number):
            w.setCursorPosition(0)

    # ------------------------------------------------------------------ templates
    def save_template(self) -> bool:
        room = self.courtroom.text().strip()
        if not room:
            self.show_problems([FieldProblem("courtroom", "must be filled in")])
            return False
        tpl = CourtroomTemplate(
            room,
            self.court.text().strip(),
            self.channels.value(),
            self.current_choice().key,
            [
                SeatTemplate(p.role, p.channel, p.name if p.role in JUDGE_ROLES else "")
                for p in self.participants()
            ],
        )
        save_template(self.station.templates_dir, tpl)
        self.template_label.setText(self.tr("Template saved for courtroom %1").replace("%1", room))
        self.problems_label.setText(self.template_label.text())
        return True

    def load_template(self) -> bool:
        room = self.courtroom.text().strip()
        tpl = load_template(self.station.templates_dir, room) if room else None
        if tpl is None:
            self.problems_label.setText(
                self.tr("There is no saved template for courtroom “%1”").replace("%1", room)
            )
            return False
        if tpl.court:
            self.court.setText(tpl.court)
        keys = [c.key for c in self.choices]
        if tpl.input_key in keys:
            self.input.setCurrentIndex(keys.index(tpl.input_key))
        self.channels.setValue(tpl.channels)
        self.clear_participants()
        for seat in tpl.seats:
            self.add_participant(seat.role, seat.name, seat.channel)
        self.problems_label.setText("")
        return True


def today() -> str:
    return court_now().date().isoformat()  # the court's date, not the PC's
