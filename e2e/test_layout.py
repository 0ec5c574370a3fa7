"""Look and feel: the pages fit a laptop and a tablet, and everything works from the keyboard."""

from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from e2e.conftest import People

Shoot = Callable[..., None]

LAPTOP = {"width": 1366, "height": 768}
TABLET = {"width": 768, "height": 1024}
PAGES = {
    "carol": [
        "/",
        "/testimonies/",
        "/review/",
        "/petitions/",
        "/reidentification/",
        "/entities/",
        "/entities/persons/",
    ],
    "alice": ["/testimonies/new/"],
}


def _overflow(page: Page) -> int:
    """How many pixels the page is wider than the window (0: no sideways scrolling)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


@pytest.mark.parametrize(("device", "viewport"), [("laptop", LAPTOP), ("tablet", TABLET)])
def test_the_main_pages_fit_the_screen(
    people: People, shoot: Shoot, device: str, viewport: dict[str, int]
) -> None:
    """No main page makes a laptop or a tablet scroll sideways."""
    for username, paths in PAGES.items():
        page = people.as_user(username, viewport=viewport)
        for path in paths:
            page.goto(path)
            assert _overflow(page) <= 0, f"{path} is wider than a {device}"
    shoot(page, f"layout-{device}-entry-form")
    carol = people.as_user("carol", viewport=viewport)
    carol.goto("/")
    shoot(carol, f"layout-{device}-dashboard")
    carol.goto("/testimonies/")
    shoot(carol, f"layout-{device}-list")


def test_every_control_is_reachable_with_the_keyboard(people: People) -> None:
    """Tab reaches the skip link first, then every menu entry, the language switch and logout;
    the entry form's "Add a person" works with Enter."""
    alice = people.as_user("alice")
    alice.goto("/")
    alice.keyboard.press("Tab")
    expect(alice.locator(":focus")).to_have_text("Skip to content")
    reached = []
    for _ in range(15):
        alice.keyboard.press("Tab")
        reached.append(alice.evaluate("document.activeElement.textContent.trim()"))
    for name in ["Dashboard", "Find testimonies", "New testimony", "Change", "Log out"]:
        assert name in reached, f"{name} not reached by Tab: {reached}"

    alice.goto("/testimonies/new/")
    add = alice.get_by_role("button", name="Add a person")
    add.focus()
    alice.keyboard.press("Enter")
    expect(alice.locator("[name=persons-1-role]")).to_be_focused()
