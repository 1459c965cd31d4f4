"""URLs of the open data API (opendata/api.py), under /api/."""

from __future__ import annotations

from django.urls import path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from . import api

app_name = "api"

# Path converters rather than regular expressions, and no format suffixes: ?format=csv is
# the one way to ask for a format, and every pattern can be reversed with its arguments.
router = DefaultRouter(use_regex_path=False)
router.include_format_suffixes = False
router.register("townships", api.TownshipViewSet, basename="townships")
router.register("units", api.UnitViewSet, basename="units")
router.register("power-items", api.PowerItemViewSet, basename="power-items")
router.register("flowcharts", api.FlowchartViewSet, basename="flowcharts")
router.register("risk-points", api.RiskPointViewSet, basename="risk-points")
router.register("disclosures", api.DisclosureViewSet, basename="disclosures")
router.register("projects", api.ProjectViewSet, basename="projects")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", api.api_docs, name="docs"),
    *router.urls,
]
