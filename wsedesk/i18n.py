"""Translation markers for Qt-free code.

`N_()` marks a Dutch source string for extraction; the views translate it at display time
with `QCoreApplication.translate("wsedesk", text)`. Code below views/ never imports Qt.
"""


def N_(text: str) -> str:
    """Mark `text` as translatable; returns it unchanged."""
    return text
