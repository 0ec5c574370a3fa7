from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path

from accounts import views as account_views
from config import csp_report, health


def favicon(request: HttpRequest) -> HttpResponse:
    # Browsers ask for /favicon.ico on pages (Django admin's among them) that name no icon.
    return redirect(static("img/favicon.svg"), permanent=True)


urlpatterns = [
    path("accounts/login/", account_views.StaffLoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/passkeys/", include("accounts.passkeys")),
    path("accounts/", include("accounts.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("favicon.ico", favicon),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("csp-report/", csp_report.csp_report, name="csp_report"),
    path("", include("testimony.urls")),
]
