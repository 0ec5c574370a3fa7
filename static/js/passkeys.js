// Once a passkey is added (django-otp-webauthn's register script announces it), go on to the
// page the server named: the new recovery codes or the Security page.
document.addEventListener("otp_webauthn.register_complete", function () {
  const box = document.getElementById("passkey-registration");
  window.location.assign(box && box.dataset.next ? box.dataset.next : window.location.href);
});
