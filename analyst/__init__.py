"""The analyst's side: charts of one indicator across provinces (``gxt chart``) and the Streamlit
app (``gxt app``), both reading the published copy through ``warehouse.chart_data``."""
