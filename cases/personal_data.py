"""What of a case can become public, for the personal-data guard
(powers.personal_data_guard): its title and, once closed, its result. The applicant and their
contact are never published and are not checked."""

from __future__ import annotations

from powers.personal_data_guard import register_public_text

from .models import Case
from .services import save_masked

register_public_text(Case, ["title", "result"], save_masked=save_masked)
