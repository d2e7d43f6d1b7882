"""Schemathesis: the API keeps the promises of its OpenAPI document, whatever it is sent.

Every check runs but one: a JSON schema cannot say everything the API checks (what reads as a
duration, that a day holds 24 hours, that a description is not only spaces), so a request the
schema allows may still be refused, with a 400 that says why.
"""

from datetime import date

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from app import create_app
from app.models import Audit, db
from tests.conftest import TEST_CONFIG, add_account, add_token

TOKEN = "schema-token"


def api_app():
    """An account with one week (id 1) and an API token, on an in-memory database."""
    app = create_app(dict(TEST_CONFIG))
    with app.app_context():
        db.create_all()
    add_token(app, add_account(app), TOKEN)
    with app.app_context():
        db.session.add(Audit(account_id=1, week_start=date(2025, 3, 3)))
        db.session.commit()
    return app


schema = schemathesis.openapi.from_wsgi("/api/openapi.json", api_app())


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck),
          derandomize=True)
def test_the_api_keeps_its_openapi_promises(case):
    case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"},
                           excluded_checks=[positive_data_acceptance])
