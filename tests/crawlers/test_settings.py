"""The politeness and safety settings the issue asks for, held by crawlers/settings.py."""
from crawlers import settings


def test_robots_txt_is_obeyed_by_default():
    assert settings.ROBOTSTXT_OBEY is True


def test_at_most_two_requests_per_site_at_least_a_second_apart_adapting_to_the_server():
    assert settings.CONCURRENT_REQUESTS_PER_DOMAIN <= 2
    assert settings.DOWNLOAD_DELAY * (1 - settings.DOWNLOAD_DELAY_JITTER) >= 1.0
    assert settings.AUTOTHROTTLE_ENABLED is True


def test_scrapys_remote_control_server_and_telnet_console_are_off():
    assert settings.REMOTE_CONTROL_ENABLED is False
    assert settings.TELNETCONSOLE_ENABLED is False


def test_responses_are_bounded_in_time_and_size():
    assert 0 < settings.DOWNLOAD_TIMEOUT <= 60
    assert 0 < settings.DOWNLOAD_MAXSIZE <= 50 * 1024 * 1024


def test_the_user_agent_names_the_project():
    assert settings.USER_AGENT.startswith("gxt-crawler/")


def test_retries_back_off_instead_of_scrapys_immediate_retry():
    middlewares = settings.DOWNLOADER_MIDDLEWARES
    assert middlewares["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
    assert "crawlers.middlewares.BackoffRetryMiddleware" in middlewares
