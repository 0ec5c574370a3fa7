"""A filter form's fields as Bootstrap 5 markup, without a template per field or per option.

The list page's filters hold about sixty options; rendered through crispy-forms and Django's
widget templates they cost more than the rest of the page. The markup here is what crispy's
`|as_crispy_field` emits for the same fields: labels, controls, errors and ids are the same.
Only help text differs: crispy trusts it as markup, here it is escaped like any other text.
"""

from collections.abc import Iterable, Mapping

from django import forms, template
from django.forms.boundfield import BoundField
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

register = template.Library()

# Exact classes: a subclass may bring a template of its own.
WRITTEN_HERE = (forms.TextInput, forms.NumberInput, forms.Select)


def _attributes(attrs: Mapping[str, object]) -> SafeString:
    """As django/forms/widgets/attrs.html: False leaves the attribute out, True writes it bare."""
    if not attrs:  # Most options: worth skipping the join.
        return SafeString()
    return format_html_join(
        "",
        "{}",
        (
            (format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value),)
            for name, value in attrs.items()
            if value is not False
        ),
    )


def _options(optgroups: Iterable[tuple[str | None, list[dict], int]]) -> SafeString:
    """As django/forms/widgets/select.html and select_option.html."""
    groups = []
    for group, options, _index in optgroups:
        rows = format_html_join(
            "",
            '\n  <option value="{}"{}>{}</option>',
            (
                (option["value"], _attributes(option["attrs"]), option["label"])
                for option in options
            ),
        )
        if group:
            rows = format_html('\n  <optgroup label="{}">{}\n  </optgroup>', group, rows)
        groups.append((rows,))
    return format_html_join("", "{}", groups)


def _control(field: BoundField, css_class: str) -> SafeString:
    """The field's widget with crispy's classes. Django's own text, number and select widgets
    are written here from the widget's context; any other widget renders its template."""
    widget = field.field.widget
    if type(widget) not in WRITTEN_HERE:
        return field.as_widget(attrs={"class": css_class})
    attrs = field.build_widget_attrs({"class": css_class}, widget)
    if field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", field.auto_id)
    context = widget.get_context(field.html_name, field.value(), attrs)["widget"]
    if isinstance(widget, forms.Select):
        return format_html(
            '<select name="{}"{}>{}\n</select>',
            context["name"],
            _attributes(context["attrs"]),
            _options(context["optgroups"]),
        )
    return format_html(
        '<input type="{}" name="{}"{}{}>',
        context["type"],
        context["name"],
        "" if context["value"] is None else format_html(' value="{}"', context["value"]),
        _attributes(context["attrs"]),
    )


def _label(field: BoundField) -> SafeString:
    if not field.label:
        return SafeString()
    if field.field.required:
        return format_html(
            '<label for="{}" class="form-label requiredField">{}'
            '<span class="asteriskField">*</span></label>',
            field.id_for_label,
            field.label,
        )
    return format_html(
        '<label for="{}" class="form-label">{}</label>', field.id_for_label, field.label
    )


def _errors(field: BoundField) -> SafeString:
    if not field.errors:
        return SafeString()
    return format_html(
        '<div id="{}_error" class="invalid-feedback">{}</div>',
        field.auto_id,
        format_html_join(
            "",
            '<p id="error_{}_{}"><strong>{}</strong></p>',
            ((number, field.auto_id, error) for number, error in enumerate(field.errors, 1)),
        ),
    )


def _help_text(field: BoundField) -> SafeString:
    if not field.help_text:
        return SafeString()
    # Escaped, unlike crispy's `|safe`: markup meant as markup must arrive marked safe.
    return format_html(
        '<div id="{}_helptext" class="form-text">{}</div>', field.auto_id, field.help_text
    )


@register.simple_tag
def filter_field(field: BoundField) -> SafeString:
    """One text, number or select field as crispy's Bootstrap 5 `|as_crispy_field` writes it."""
    widget = field.field.widget
    kind = "form-select" if isinstance(widget, forms.Select) else "form-control"
    css_class = " ".join(
        name
        for name in (
            widget.attrs.get("class", ""),
            type(widget).__name__.lower(),
            kind,
            "is-invalid" if field.errors else "",
        )
        if name
    )
    wrapper_class = " ".join(name for name in ("mb-3", field.css_classes()) if name)
    return format_html(
        '<div id="div_{}" class="{}">{}{}{}{}</div>',
        field.auto_id,
        wrapper_class,
        _label(field),
        _control(field, css_class),
        _errors(field),
        _help_text(field),
    )
