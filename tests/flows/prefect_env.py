"""Whether Prefect's server can run in this environment (the flow tests fail with the reason if not)."""
from __future__ import annotations

# prefect 3.8's server declares Body(min_items=…), which fastapi 0.155 refuses at import, and sends
# null for optional filter bodies, which fastapi 0.151-0.154 answer with 422.
LAST_FASTAPI_FOR_PREFECT_3_8 = (0, 150, 0)


def prefect_server_problem() -> str | None:
    """Why Prefect's server cannot work in this environment, or None."""
    import fastapi
    import prefect

    installed = tuple(int(part) for part in fastapi.__version__.split(".")[:3])
    if prefect.__version__.startswith("3.8.") and installed > LAST_FASTAPI_FOR_PREFECT_3_8:
        return (
            f"prefect {prefect.__version__}'s server does not work with fastapi {fastapi.__version__} "
            "(0.151-0.154 reject its filter requests, 0.155+ its routes): pin fastapi==0.150.0 in constraints.txt"
        )
    return None
