"""Translation markers for Qt-free code.

`N_()` marks a Dutch source string for extraction; the views translate it at display time
with `QCoreApplication.translate("wsedesk", text)`. Code below views/ never imports Qt.
"""


def N_(text: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark `text` as translatable; returns it unchanged."""
    return text
