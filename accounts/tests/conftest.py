# The shared fixtures (alice, bob, carol, dave, charlie, make_testimony ...) live with the
# testimony tests; the account tests use the same people.
from testimony.tests.conftest import *  # noqa: F403
