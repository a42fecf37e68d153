import pytest

from streams.settings import Settings, settings_table


def test_env_then_overrides():
    env = {
        "WIRESTREAM_PARTITIONS": "8",
        "WIRESTREAM_TOPIC_PREFIX": "stage.",
        "WIRESTREAM_DEDUP_WINDOW_HOURS": "1.5",
    }
    settings = Settings.from_env(env, topic_prefix="dev.")
    assert settings.partitions == 8
    assert settings.dedup_window_seconds == 5400.0
    assert settings.topic("articles.raw") == "dev.articles.raw"


def test_bad_env_value_names_the_variable():
    with pytest.raises(ValueError, match="WIRESTREAM_PARTITIONS"):
        Settings.from_env({"WIRESTREAM_PARTITIONS": "many"})


def test_defaults_bind_to_loopback():
    settings = Settings.from_env({})
    assert settings.bootstrap_servers == "127.0.0.1:9092"
    assert settings.web_host == "127.0.0.1"
    assert (settings.broker_host, settings.broker_port) == ("127.0.0.1", 9092)


def test_sasl_settings_reach_the_kafka_client_config():
    settings = Settings.from_env(
        {
            "WIRESTREAM_SECURITY_PROTOCOL": "SASL_SSL",
            "WIRESTREAM_SASL_MECHANISM": "SCRAM-SHA-512",
            "WIRESTREAM_SASL_USERNAME": "svc",
            "WIRESTREAM_SASL_PASSWORD": "secret",
        }
    )
    config = settings.kafka_client_config()
    assert config["security_protocol"] == "SASL_SSL"
    assert config["sasl_mechanism"] == "SCRAM-SHA-512"
    assert config["sasl_plain_username"] == "svc"
    assert "ssl_context" in config


def test_every_setting_is_documented():
    rows = settings_table()
    assert all(doc for *_, doc in rows)
    assert {env for _, env, _, _ in rows} >= {"WIRESTREAM_BOOTSTRAP_SERVERS", "WIRESTREAM_MAX_RECORD_BYTES"}
