"""How the chart and the app name the measures (the warehouse's `measure` values) in Chinese."""
from __future__ import annotations

MEASURE_NAMES = {"growth": "增速", "avg_growth": "年均增速", "value": "数值", "share": "比重", "rank": "排名",
                 "pp_change": "百分点变化"}
# The unit a measure is in when the figures do not say.
MEASURE_UNITS = {"growth": "%", "avg_growth": "%", "share": "%", "pp_change": "百分点", "rank": "位"}
