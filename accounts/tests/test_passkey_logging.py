"""A passkey ceremony the browser got wrong is logged as one warning, not as a crash."""

import logging
import sys

from config.log_filters import ClientErrorWithoutTraceback


def test_the_library_logger_writes_one_warning_line_without_a_traceback() -> None:
    logger = logging.getLogger("django_otp_webauthn")
    assert any(isinstance(f, ClientErrorWithoutTraceback) for f in logger.filters)
    try:
        raise ValueError('Unexpected client data origin "http://localhost:1"')
    except ValueError as error:
        record = logger.makeRecord(
            logger.name, logging.ERROR, __file__, 1, error, (), exc_info=sys.exc_info()
        )

    assert ClientErrorWithoutTraceback().filter(record)
    assert record.levelname == "WARNING"
    assert record.exc_info is None
    assert record.getMessage() == (
        'Refused: ValueError: Unexpected client data origin "http://localhost:1"'
    )
    assert "Traceback" not in logging.Formatter().format(record)
