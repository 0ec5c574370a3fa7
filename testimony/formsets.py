"""Inline formsets that build only the rows a request holds (shared by every formset of the
entry page: persons, indicators, postings, entity links)."""

import re

from django import forms
from django.forms.formsets import INITIAL_FORM_COUNT, TOTAL_FORM_COUNT
from django.forms.models import BaseInlineFormSet


class SentRowsFormSet(BaseInlineFormSet):
    """Builds only the rows the request holds. The management form's count is whatever the
    client says: TOTAL_FORMS=99999 would otherwise build and render 2,000 empty rows, each
    refused (tens of seconds and over a gigabyte for one request). A browser sends every
    field of every row, so a row it announced but did not send is not a row. A count that is
    missing or unreadable (a proxy or a script mangled it) refuses the form, and the rows sent
    are shown again with that error instead of vanishing."""

    def _count_broken(self) -> bool:
        counts = self.management_form.cleaned_data
        return bool(self.management_form.errors) or any(
            counts.get(name, 0) < 0 for name in (TOTAL_FORM_COUNT, INITIAL_FORM_COUNT)
        )

    def total_form_count(self) -> int:
        if not self.is_bound:
            return super().total_form_count()
        row = re.compile(rf"{re.escape(self.prefix)}-(\d+)-")
        sent = max((int(match[1]) for key in self.data if (match := row.match(key))), default=-1)
        if self._count_broken():
            return min(sent + 1, self.absolute_max)
        return min(super().total_form_count(), sent + 1)

    def initial_form_count(self) -> int:
        if self.is_bound and self._count_broken():
            return 0
        return super().initial_form_count()

    def full_clean(self) -> None:
        super().full_clean()
        if self.is_bound and not self.management_form.errors and self._count_broken():
            # Django says so itself only for a missing or unreadable count, not a negative one.
            self._non_form_errors.append(
                forms.ValidationError(
                    self.error_messages["missing_management_form"],
                    params={"field_names": self.add_prefix(TOTAL_FORM_COUNT)},
                    code="missing_management_form",
                )
            )
