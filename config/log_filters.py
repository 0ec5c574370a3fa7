"""Logging filters."""

import logging


class ClientErrorWithoutTraceback(logging.Filter):
    """A library that logs a client's mistake with `logger.exception` (django-otp-webauthn
    does, for a passkey ceremony the browser got wrong) writes one WARNING line instead: the
    reason stays in the log, but a refused request no longer looks like a crash of ours."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            record.msg = "Refused: %s: %s"
            record.args = (type(error).__name__, error)
        record.exc_info = None
        record.exc_text = None
        record.levelno = logging.WARNING
        record.levelname = logging.getLevelName(logging.WARNING)
        return True
