"""The browser suite's world: a real server on a fresh database, staff accounts, Chromium.

The server is the project's own stack as an office runs it: `manage.py runserver` with DEBUG off
(whitenoise serves the static files), the SQLite database migrated from scratch in a temporary
directory, and `manage.py db_worker` beside it for bundle builds. Each person gets their own
browser context, so cookies and sessions never mix.

Every page opened through `people` fails its test on a console error, an uncaught exception,
a Content-Security-Policy violation seen by the page, a violation report reaching the server,
or a server error in the log.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from e2e.helpers import PASSWORD, TOTP_KEY, axe_violations, log_in

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Screenshots go to docs/screenshots only when `make screenshots` asks for them, so an
# ordinary run leaves the repository untouched.
SCREENSHOT_DIR = os.environ.get("E2E_SCREENSHOT_DIR", "")

# Production-like settings with keys that exist only for this suite.
SERVER_ENV = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "e2e-only-secret-key-not-for-any-deployment-9876543210",
    "FIELD_ENCRYPTION_KEYS": "ZTJlLW9ubHktZmllbGQta2V5LW5vdC1mb3ItdXNlLSE=",
    "BLIND_INDEX_KEY": "e2e-only-blind-index-key",
    "BUNDLE_SIGNING_KEY": "ZTJlLW9ubHktYnVuZGxlLXNpZ25pbmcta2V5LTMyYiE=",
    "DJANGO_SECURE_SSL_REDIRECT": "false",
    "DJANGO_STATIC_MANIFEST": "false",
    # localhost as well: WebAuthn needs a domain as its relying party, never an IP address, so
    # the passkey test opens the same server as http://localhost:PORT.
    "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
    "DJANGO_WEBAUTHN_RP_ID": "localhost",
    "DJANGO_LOG_LEVEL": "WARNING",
    "PYTHONUNBUFFERED": "1",
}

# username: (role, preferred language). Dana is a second reviewer, for four eyes.
STAFF = {
    "alice": ("interviewer", ""),
    "minji": ("interviewer", "ko"),
    "bob": ("reviewer", ""),
    "dana": ("reviewer", ""),
    "carol": ("coordinator", ""),
}

SETUP_STAFF = """
from django.apps import apps
from django.contrib.auth.models import Group, User
from accounts.models import Profile

for username, (role, language) in {staff!r}.items():
    user = User.objects.create_user(username, username + "@example.org", {password!r})
    user.groups.add(Group.objects.get(name=role))
    if language:
        Profile.objects.create(user=user, language=language)
    if apps.is_installed("django_otp.plugins.otp_totp"):
        from django_otp.plugins.otp_totp.models import TOTPDevice
        TOTPDevice.objects.create(user=user, name="phone", key={key!r}, confirmed=True)
"""


@dataclass
class LiveServer:
    url: str
    env: dict[str, str]
    log: Path
    var_dir: Path

    def manage(self, *args: str) -> str:
        """Run a management command against the server's database; its output."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode:
            raise RuntimeError(f"manage.py {args[0]} failed:\n{result.stdout}{result.stderr}")
        return result.stdout

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_for(port: int, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"The server stopped while starting:\n{log.read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"The server did not answer on port {port} within a minute.")


@pytest.fixture(scope="session")
def app_server() -> Iterator[LiveServer]:
    # Its own directory, not pytest's tmp_path: that is pruned by other pytest runs.
    var_dir = Path(tempfile.mkdtemp(prefix="testimony-e2e-"))
    port = _free_port()
    env = {
        **os.environ,
        **SERVER_ENV,
        "DJANGO_VAR_DIR": str(var_dir),
        "DJANGO_WEBAUTHN_ORIGINS": f"http://localhost:{port}",
    }
    # Always a fresh SQLite database, even in a CI step that points the unit tests elsewhere.
    env.pop("DATABASE_URL", None)
    server = LiveServer(f"http://127.0.0.1:{port}", env, var_dir / "server.log", var_dir)
    server.manage("migrate", "--no-input")
    server.manage(
        "shell",
        "-c",
        SETUP_STAFF.format(staff=STAFF, password=PASSWORD, key=TOTP_KEY),
    )
    with server.log.open("w") as log:
        processes = [
            subprocess.Popen(
                [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            ),
            subprocess.Popen(
                [
                    sys.executable,
                    "manage.py",
                    "db_worker",
                    "--interval",
                    "0.5",
                    "--no-startup-delay",
                ],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            ),
        ]
        try:
            _wait_for(port, processes[0], server.log)
            yield server
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
            if not os.environ.get("E2E_KEEP"):
                shutil.rmtree(var_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.exit(
            f"No Chromium at {CHROMIUM}. Install Debian's: apt-get install -y chromium "
            "(make e2e does it when it runs as root), or set E2E_CHROMIUM to its path.",
            returncode=1,
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


# Turns every Content-Security-Policy violation into a console error the listener below sees.
# Added through the DevTools protocol, so the page's own CSP does not apply to it.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(
    "CSP violation: " + event.effectiveDirective + " blocked " + (event.blockedURI || "inline") +
    " at " + event.sourceFile + ":" + event.lineNumber
  );
});
"""


@dataclass
class People:
    """Opens browser contexts as staff members and collects what went wrong in them."""

    browser: Browser
    server: LiveServer
    states: dict[str, dict]
    problems: list[str] = field(default_factory=list)
    contexts: list[BrowserContext] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)

    def expect_console_error(self, text: str) -> None:
        """Tolerate console errors containing `text`: Chromium logs a page answered with an
        error status (the 409 of the conflict page) as one."""
        self.expected.append(text)

    def context(self, *, locale: str = "en-GB", **options: object) -> BrowserContext:
        options = {
            "viewport": {"width": 1366, "height": 768},
            "base_url": self.server.url,
            **options,
        }
        context = self.browser.new_context(locale=locale, accept_downloads=True, **options)
        context.set_default_timeout(15_000)
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        # axe-core through the DevTools protocol as well: the CSP stays on while it checks.
        context.add_init_script(path=AXE)
        context.on("page", self._watch)
        self.contexts.append(context)
        return context

    def page(self, *, locale: str = "en-GB", **options: object) -> Page:
        """A new page of a new context where nobody is logged in."""
        return self.context(locale=locale, **options).new_page()

    def as_user(self, username: str, *, locale: str = "en-GB", **options: object) -> Page:
        """A page of `username`'s own browser, logged in (through the form, once per run)."""
        if username not in self.states:
            page = self.page(locale=locale, **options)
            log_in(page, username)
            self.states[username] = page.context.storage_state()
            return page
        return self.context(
            locale=locale, storage_state=self.states[username], **options
        ).new_page()

    def _watch(self, page: Page) -> None:
        def on_console(message: object) -> None:
            if message.type == "error" and not any(t in message.text for t in self.expected):
                self.problems.append(f"console error on {page.url}: {message.text}")

        page.on("console", on_console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught on {page.url}: {error}"))

    def close(self) -> None:
        for context in self.contexts:
            context.close()


def _server_problems(new_log: str) -> list[str]:
    problems = []
    for line in new_log.splitlines():
        if "/csp-report/" in line or "CSP violation" in line:
            problems.append(f"the server received a CSP violation report: {line}")
        elif "Traceback" in line or "Internal Server Error" in line or '" 500 ' in line:
            problems.append(f"server error: {line}")
    return problems


@pytest.fixture
def people(browser: Browser, app_server: LiveServer, login_states: dict) -> Iterator[People]:
    log_start = app_server.log.stat().st_size
    people = People(browser, app_server, login_states)
    yield people
    people.close()
    with app_server.log.open(encoding="utf-8", errors="replace") as log:
        log.seek(log_start)
        new_log = log.read()
    problems = people.problems + _server_problems(new_log)
    if any(problem.startswith("server error") for problem in problems):
        problems.append(f"server log:\n{new_log[-6000:]}")
    assert problems == [], "\n".join(problems)


@pytest.fixture(scope="session")
def login_states() -> dict[str, dict]:
    """Each person's cookies after their one login of the run."""
    return {}


@pytest.fixture
def shoot() -> Callable[[Page, str], None]:
    """Save a screenshot for the user guide, when `make screenshots` asks for them."""

    def take(page: Page, name: str, *, full_page: bool = False) -> None:
        if not SCREENSHOT_DIR:
            return
        path = Path(SCREENSHOT_DIR) / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=path, full_page=full_page, animations="disabled")
        _shrink(path)

    return take


def _shrink(path: Path) -> None:
    """A palette PNG: the guide's screenshots are flat interface colours, so 256 suffice."""
    from PIL import Image

    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


ACCESSIBILITY_REPORT: dict[str, list[str]] = {}


@pytest.fixture(scope="session", autouse=True)
def axe_installed() -> None:
    if not AXE.exists():
        pytest.exit(
            "axe-core is not installed: run `npm ci` in the repository (make e2e does).",
            returncode=1,
        )


@pytest.fixture
def check_accessibility() -> Callable[[Page, str], None]:
    """Run axe-core on the page: serious or critical violations fail the test; every finding
    goes into the run's accessibility summary."""

    def check(page: Page, name: str) -> None:
        findings = axe_violations(page, impacts=("minor", "moderate", "serious", "critical"))
        ACCESSIBILITY_REPORT[name] = findings
        blocking = [f for f in findings if f.startswith(("serious", "critical"))]
        assert blocking == [], f"{name}: " + "\n".join(blocking)

    return check


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not ACCESSIBILITY_REPORT:
        return
    terminalreporter.section("axe-core accessibility check")
    for name, findings in ACCESSIBILITY_REPORT.items():
        terminalreporter.line(f"{name}: {len(findings)} finding(s)")
        for finding in findings:
            terminalreporter.line(f"    {finding}")
