from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("two-factor/", views.second_factor, name="second_factor"),
    path("two-factor/setup/", views.enrol, name="enrol"),
    path("two-factor/recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path(
        "two-factor/recovery-codes/new/",
        views.recovery_codes_regenerate,
        name="recovery_codes_regenerate",
    ),
    path(
        "two-factor/devices/<slug:kind>/<int:device_id>/delete/",
        views.device_delete,
        name="device_delete",
    ),
    path("security/", views.security, name="security"),
    path("password/", views.password_change, name="password_change"),
    path("session/", views.session_status, name="session_status"),
    path("session/keep-alive/", views.session_keep_alive, name="session_keep_alive"),
]
