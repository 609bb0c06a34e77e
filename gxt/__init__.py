"""gxt: the provincial 工信 meeting-notice warehouse (command-line entry point and shared settings)."""

__version__ = "0.1.0"
