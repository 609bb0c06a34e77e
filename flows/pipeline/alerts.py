"""The Automations ``gxt serve`` keeps on the server, and the notification block they send through.

Two Automations, created or brought up to date at every start (idempotent, found by name):

- **gxt: nightly run not completed** — a ``nightly`` flow run ended Partial, Failed or Crashed;
- **gxt: site broken N runs in a row** — a ``gxt.site.unhealthy`` event (see site_events): a
  configured site broken in ``unhealthy_after_runs`` runs in a row (pipeline.toml).

Both send through one notification block the operator chooses (deploy/README.md):
``GXT_NOTIFY_WEBHOOK_URL`` makes gxt save a webhook block (JSON ``{"subject", "body"}``) under
the name ``GXT_NOTIFY_BLOCK`` (default ``gxt-notify``); without it, a block of that name made in
the UI (Blocks: custom webhook, Slack, Teams, SendGrid e-mail, …) is used. With neither, no
Automation is created and ``gxt serve`` says so in one line.
"""
from __future__ import annotations

import os
from datetime import timedelta
from uuid import UUID

from flows.pipeline.site_events import SITE_UNHEALTHY

NOTIFY_BLOCK = "gxt-notify"
RUN_NOT_COMPLETED = "gxt: nightly run not completed"
SITE_BROKEN_IN_A_ROW = "gxt: site broken N runs in a row"

RUN_BODY = (
    "{{ flow_run.name }} ended {{ flow_run.state.name }}.\n"
    "{{ flow_run.state.message }}\n"
    "{{ flow_run|ui_url }}"
)
SITE_BODY = (
    "{{ event.payload.site }} broken {{ event.payload.nights_in_a_row }} runs in a row "
    "(since run {{ event.payload.since }}): {{ event.payload.kind }} {{ event.payload.status or '' }} "
    "{{ event.payload.url or '' }}\n{{ event|ui_url }}"
)


def notify_block_name() -> str:
    return os.environ.get("GXT_NOTIFY_BLOCK") or NOTIFY_BLOCK


def ensure_notify_block() -> UUID | None:
    """The notification block's id: saved from ``GXT_NOTIFY_WEBHOOK_URL``, else found by name."""
    from prefect import get_client
    from prefect.blocks.notifications import CustomWebhookNotificationBlock

    name = notify_block_name()
    url = os.environ.get("GXT_NOTIFY_WEBHOOK_URL")
    if url:
        block = CustomWebhookNotificationBlock(
            name="gxt", url=url, json_data={"subject": "{{subject}}", "body": "{{body}}"}
        )
        return block.save(name, overwrite=True)
    with get_client(sync_client=True) as client:
        for document in client.read_block_documents(include_secrets=False):
            if document.name == name and "notify" in (document.block_schema.capabilities if document.block_schema else []):
                return document.id
    return None


def automations(block_id: UUID, unhealthy_after: int) -> list:
    from prefect.events.actions import SendNotification
    from prefect.events.schemas.automations import AutomationCore, EventTrigger, Posture

    run_ended = EventTrigger(
        expect={"prefect.flow-run.Partial", "prefect.flow-run.Failed", "prefect.flow-run.Crashed"},
        match_related={"prefect.resource.role": "flow", "prefect.resource.name": "nightly"},
        posture=Posture.Reactive,
        threshold=1,
        within=timedelta(0),
    )
    site_streak = EventTrigger(
        expect={SITE_UNHEALTHY},
        match={"prefect.resource.id": "gxt.site.*"},
        for_each={"prefect.resource.id"},
        posture=Posture.Reactive,
        threshold=1,
        within=timedelta(0),
    )
    return [
        AutomationCore(
            name=RUN_NOT_COMPLETED,
            description="A nightly run ended Partial (some sites broken), Failed or Crashed.",
            enabled=True,
            trigger=run_ended,
            actions=[SendNotification(block_document_id=block_id, subject="gxt: {{ flow_run.name }} {{ flow_run.state.name }}", body=RUN_BODY)],
        ),
        AutomationCore(
            name=SITE_BROKEN_IN_A_ROW,
            description=f"A configured site was broken in {unhealthy_after} runs in a row (pipeline.toml: unhealthy_after_runs).",
            enabled=True,
            trigger=site_streak,
            actions=[SendNotification(block_document_id=block_id, subject="gxt: {{ event.payload.site }} broken", body=SITE_BODY)],
        ),
    ]


def ensure_automations(unhealthy_after: int) -> str:
    """Create or update the two Automations; return one line saying what was done."""
    from prefect import get_client

    block_id = ensure_notify_block()
    if block_id is None:
        return (
            f"no notification block {notify_block_name()!r}: set GXT_NOTIFY_WEBHOOK_URL or create one in the UI "
            "(Blocks); the alert Automations are not created (deploy/README.md, 'Alerts')"
        )
    with get_client(sync_client=True) as client:
        for automation in automations(block_id, unhealthy_after):
            existing = client.read_automations_by_name(automation.name)
            if existing:
                client.update_automation(existing[0].id, automation)
                for extra in existing[1:]:  # a second copy would notify twice
                    client.delete_automation(extra.id)
            else:
                client.create_automation(automation)
    return f"alerts: {RUN_NOT_COMPLETED!r} and {SITE_BROKEN_IN_A_ROW!r} notify through block {notify_block_name()!r}"
