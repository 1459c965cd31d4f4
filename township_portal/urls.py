"""Root URLs: the public site at /, officials' pages under /work/, the admin under /admin/."""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path("api/", include("opendata.urls")),
    path("", include("public.urls")),
    path("", include("disclosures.urls")),
    path("", include("projects.urls")),
    path("", include("feedback.urls")),
    path("", include("printing.urls")),
    path("", include("cases.urls")),
    path("", include("audit.public_urls")),
    path("", include("operations.urls")),
    path("work/risks/", include("risks.urls")),
    path("work/audit/workplan/", include("audit.workplan_urls")),
    path("work/audit/", include("audit.urls")),
    path("work/exchange/", include("exchange.urls")),
    path("work/", include("powers.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
