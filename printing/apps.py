from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrintingConfig(AppConfig):
    """Printable notice boards (打印件): print jobs, the sheet renderer (WeasyPrint) and the
    public sheet-check page a printed QR code leads to. The apps above register the sheets of
    their own records (:func:`printing.sheets.register_kind`); this app imports none of them."""

    name = "printing"
    verbose_name = _("打印文书")
