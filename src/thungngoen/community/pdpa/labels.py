"""English labels of the PDPA registers' lists (Thai in ``texts/pdpa.py``)."""

from typing import Any

from thungngoen.community.texts.labels import PURPOSE_LABELS

REQUEST_LABELS = {
    "access": "Access: a copy of the data",
    "correction": "Correction",
    "erasure": "Erasure",
    "objection": "Objection to processing",
    "restriction": "Restriction of processing",
}
STATUS_LABELS = {
    "received": "Request received",
    "in_progress": "In progress",
    "done": "Done",
    "refused": "Refused",
}
ROLE_LABELS = {
    "self": "You",
    "coordinator": "Network coordinator",
    "collector": "Data collector of your community",
    "leader": "Community leader",
    "editor": "Organisation editor",
    "auditor": "Auditor",
    "operator": "Platform operator",
    "staff": "Former duty holder",
    "system": "Operator's command line",
}
RISK_LABELS = {"low": "Low risk", "high": "High risk: tell the people too"}
PDPA_LABELS: dict[str, Any] = {
    "request_labels": REQUEST_LABELS,
    "status_labels": STATUS_LABELS,
    "role_labels": ROLE_LABELS,
    "risk_labels": RISK_LABELS,
    "what_labels": {
        "person_detail": "Read of a person's detail",
        "export": "Export or copy of the data",
    },
    "purpose_labels": PURPOSE_LABELS
    | {"own_data": "You looked at your own data", "access_copy": "A copy of the data was made"},
}
