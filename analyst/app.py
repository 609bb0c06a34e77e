"""The analyst app (Streamlit): ``gxt app`` starts it; ``streamlit run analyst/app.py`` works too.

Four views, chosen in the sidebar or by ``?view=`` in the address (indicator, tasks, search,
health): one indicator across provinces (chart and table with evidence and source links), one
plan year's task headlines by province, a word searched in the notices, and the health of each
site's latest crawl. It reads the published copy of ``$GXT_DATA`` (else ``./data``), read-only,
through ``warehouse.chart_data``; everything it shows is served by Streamlit itself (no CDN).
"""
from __future__ import annotations

from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from analyst.labels import MEASURE_NAMES
from gxt.paths import DataPaths
from warehouse import chart_data as data

VIEWS = {"indicator": "指标：各省对比", "tasks": "年度任务", "search": "搜索", "health": "站点健康"}
LINK = st.column_config.LinkColumn


@st.cache_data(show_spinner=False)
def _cached(name: str, published: str, stamp: int, *args: object) -> pd.DataFrame:
    """One chart_data query as a DataFrame; ``stamp`` (the file's mtime) renews it after a publish."""
    return pd.DataFrame(getattr(data, name)(Path(published), *args))


def load(name: str, published: Path, *args: object) -> pd.DataFrame:
    return _cached(name, str(published), published.stat().st_mtime_ns, *args)


def indicator_view(published: Path) -> None:
    choices = load("indicator_choices", published)
    if choices.empty:
        st.info("仓库里还没有整年的指标数据。")
        return
    labels = [f"{r.canonical_name} · {MEASURE_NAMES.get(r.measure, r.measure)}（{r.provinces} 省）" for r in choices.itertuples()]
    default = next((i for i, r in enumerate(choices.itertuples())
                    if r.canonical_name == "规上工业增加值" and r.measure == "growth"), 0)
    picked = st.selectbox("指标", range(len(labels)), index=default, format_func=lambda i: labels[i], key="indicator")
    name, measure = choices.iloc[picked]["canonical_name"], choices.iloc[picked]["measure"]
    left, right = st.columns([3, 1])
    target = right.radio("口径", ["实际", "目标"], horizontal=True, key="target") == "目标"
    rows = load("series", published, data.SeriesQuery(name, measure, target=target))
    if rows.empty:
        st.info(f"{name} 没有整年的{'目标' if target else '实际'}数据。")
        return
    provinces = left.multiselect("省份（不选即全部）", sorted(rows["province"].unique()), key="provinces",
                               placeholder="全部省份")
    if provinces:
        rows = rows[rows["province"].isin(provinces)]
    first, last = int(rows["year"].min()), int(rows["year"].max())
    if first < last:
        first, last = st.slider("年份", first, last, (first, last), key="years")
        rows = rows[rows["year"].between(first, last)]
    unit = rows["unit"].dropna().iloc[0] if rows["unit"].notna().any() else ""
    st.subheader(f"{name} {MEASURE_NAMES.get(measure, measure)}（{unit}）{'· 目标' if target else ''}")
    chart = (
        alt.Chart(rows)
        .mark_line(point=True)
        .encode(
            x=alt.X("year:O", title="年份", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("value:Q", title=unit),
            color=alt.Color("province:N", title="省份", scale=alt.Scale(scheme="tableau20")),
            tooltip=["province", "year", "value", "unit", "evidence", "source_title"],
        )
        .properties(height=420)
    )
    st.altair_chart(chart, width="stretch")
    st.caption(f"{rows['province'].nunique()} 个省份，{len(rows)} 个数值；每个省份每年取最新发布的通报。")
    st.dataframe(
        # a figure without a qualifier (以上, 左右 …) shows an empty cell, not "None"
        rows[["province", "year", "value", "unit", "qualifier", "evidence", "source_title", "source_url", "published_date"]]
        .fillna({"qualifier": ""}),
        hide_index=True, width="stretch",
        column_config={"province": "省份", "year": "年份", "value": "数值", "unit": "单位", "qualifier": "限定",
                       "evidence": "原文", "source_title": "通报", "source_url": LINK("来源", display_text="打开原文"),
                       "published_date": "发布日期"},
    )


def tasks_view(published: Path) -> None:
    years = data.task_years(published)
    if not years:
        st.info("仓库里还没有任务清单。")
        return
    year = st.selectbox("年份", years, index=years.index(2024) if 2024 in years else 0, key="task_year")
    rows = load("task_headlines", published, int(year))
    st.subheader(f"{year} 年各省重点任务")
    first = rows[rows["ordinal"] == 1].drop_duplicates("province")
    st.markdown(f"**各省排在第一位的任务**（{len(first)} 个省份）")
    st.dataframe(first[["province", "headline", "declared_count", "source_url"]], hide_index=True, width="stretch",
                 column_config={"province": "省份", "headline": "第一项任务", "declared_count": "共几项",
                                "source_url": LINK("来源", display_text="打开原文")})
    st.markdown(f"**全部任务**（{len(rows)} 项）")
    st.dataframe(rows[["province", "ordinal", "headline", "source_title", "source_url"]], hide_index=True,
                 width="stretch",
                 column_config={"province": "省份", "ordinal": "序号", "headline": "任务", "source_title": "通报",
                                "source_url": LINK("来源", display_text="打开原文")})


def search_view(published: Path) -> None:
    words = st.text_input("搜索通报正文、标题和任务（空格分开的词都要出现）", key="words",
                          value=st.query_params.get("q", ""))
    if not words.strip():
        st.caption("例如：人工智能、设备更新、专精特新")
        return
    hits = load("search_hits", published, words.strip())
    st.subheader(f"“{words.strip()}”：{len(hits)} 篇通报")
    if not hits.empty:
        st.dataframe(hits[["province", "published_date", "title", "snippet", "score", "url"]], hide_index=True,
                     width="stretch",
                     column_config={"province": "省份", "published_date": "发布日期", "title": "标题", "snippet": "摘录",
                                    "score": "相关度", "url": LINK("来源", display_text="打开原文")})


def health_view(published: Path) -> None:
    sites = load("site_health", published)
    crawled = sites[sites["nights"] > 0]
    healthy = int(crawled["healthy"].fillna(False).astype(bool).sum())
    a, b, c = st.columns(3)
    a.metric("站点", len(sites))
    b.metric("最近一次抓取正常", healthy)
    c.metric("最近一次抓取有问题", len(crawled) - healthy)
    st.dataframe(sites, hide_index=True, width="stretch",
                 column_config={"province": "省份", "site_id": "站点", "status": "状态", "started_at": "最近抓取",
                                "healthy": "正常", "items_listed": "列表条目", "raw_pages": "新页面",
                                "failure_count": "失败数", "failure_kinds": "失败类型", "nights": "抓取次数",
                                "healthy_nights": "正常次数"})
    failures = load("recent_failures", published)
    st.markdown(f"**最近一次抓取的失败**（{len(failures)} 条）")
    if not failures.empty:
        st.dataframe(failures, hide_index=True, width="stretch",
                     column_config={"site_id": "站点", "url": LINK("地址"), "kind": "类型", "http_status": "HTTP", "reason": "原因"})


def main() -> None:
    st.set_page_config(page_title="gxt 分析", layout="wide")
    published = DataPaths.at(None).published
    st.sidebar.title("gxt 分析")
    asked = st.query_params.get("view", "indicator")
    keys = list(VIEWS)
    view = st.sidebar.radio("页面", keys, index=keys.index(asked) if asked in keys else 0,
                            format_func=VIEWS.get, key="view")
    st.sidebar.caption(f"只读：{published}")
    if not published.exists():
        st.error(f"没有已发布的仓库：{published}。先运行 `gxt run --mirror`（离线）或 `gxt run`，"
                 "或用 `gxt app --data DIR` 指向数据目录。")
        return
    st.title(VIEWS[view])
    {"indicator": indicator_view, "tasks": tasks_view, "search": search_view, "health": health_view}[view](published)


main()
